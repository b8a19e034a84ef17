import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  findRepoRoot,
  SchemaFileNotFoundError,
  schemaPath,
  schemasDirOrDefault,
  SCHEMAS_DIR_VARIABLE,
} from '../../plugins/segments';
import { PackError, packSolution, repositoryInputs } from '../../solution/pack';
import { parseFlags, UsageError } from '../args';

export const packUsage = `leadlink pack [--managed] [--version a.b.c.d] [--out DIR] [--schemas DIR]
  Builds the LeadLink solution zip (LeadLink_<a_b_c_d>[_managed].zip, default version from package.json, default
  folder out/solution) from solution/src, the plug-in registry, the schema and the built PCF control
  (node pcf-controls/build.js), and checks it before writing it: element order, required elements and attributes,
  allowed values, root components, prefixes, views, environment variables and the webhook.
  --schemas DIR (or ${SCHEMAS_DIR_VARIABLE}) also validates customizations.xml and every view's FetchXML against
  Microsoft's XSDs: DIR is the folder holding them in Microsoft's Schemas.zip (Schemas/9.0.0.2090), as downloaded.`;

const flags = {
  managed: { type: 'boolean' },
  version: { type: 'string' },
  out: { type: 'string' },
  schemas: { type: 'string' },
} as const;

/** `leadlink pack`: writes the validated solution zip; prints its path, size and root components. */
export async function runPack(argv: readonly string[], print: (text: string) => void = console.log): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags);
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
  let inputs;
  try {
    inputs = repositoryInputs({ managed: values.managed === true, version: values.version });
  } catch (error) {
    if (error instanceof PackError && values.version !== undefined) throw new UsageError(`--version: ${error.message}`);
    throw error;
  }
  const schemasDir = schemasDirOrDefault(values.schemas);
  if (schemasDir !== undefined)
    checkSchemasDir(schemasDir, values.schemas !== undefined ? '--schemas' : SCHEMAS_DIR_VARIABLE);
  const packed = await packSolution(inputs, { schemasDir });
  const outDir = values.out !== undefined ? resolve(values.out) : join(findRepoRoot(), 'out', 'solution');
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, packed.fileName);
  writeFileSync(path, packed.zip);
  const counts = new Map<number, number>();
  for (const root of packed.rootComponents) counts.set(root.type, (counts.get(root.type) ?? 0) + 1);
  print(
    `Wrote ${path} (${packed.zip.length} bytes, ${packed.files.size} files; ${inputs.managed ? 'managed' : 'unmanaged'} ${inputs.version}).`,
  );
  print(`Root components by type: ${[...counts].map(([type, n]) => `${type}×${n}`).join(', ')}.`);
  print(
    schemasDir === undefined
      ? "Checked with LeadLink's structural checks (add --schemas DIR to validate against Microsoft's XSDs too)."
      : `Checked with LeadLink's structural checks and Microsoft's XSDs in ${resolve(schemasDir)}.`,
  );
  return 0;
}

/** A schemas folder without Microsoft's XSDs is a usage mistake, found before anything is built. */
function checkSchemasDir(dir: string, source: string): void {
  try {
    schemaPath('CustomizationsSolution.xsd', dir);
  } catch (error) {
    if (error instanceof SchemaFileNotFoundError) throw new UsageError(`${source}: ${error.message}`);
    throw error;
  }
}
