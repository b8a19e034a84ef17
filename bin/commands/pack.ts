import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findRepoRoot } from '../../plugins/segments';
import { PackError, packSolution, repositoryInputs } from '../../solution/pack';
import { parseFlags, UsageError } from '../args';

export const packUsage = `leadlink pack [--managed] [--version a.b.c.d] [--out DIR]
  Builds the LeadLink solution zip (LeadLink_<a_b_c_d>[_managed].zip, default version from package.json, default
  folder out/solution) from solution/src, the plug-in registry, the schema and the built PCF control
  (node pcf-controls/build.js), and validates it against Microsoft's schemas before writing it.`;

const flags = {
  managed: { type: 'boolean' },
  version: { type: 'string' },
  out: { type: 'string' },
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
  const packed = await packSolution(inputs);
  const outDir = values.out !== undefined ? resolve(values.out) : join(findRepoRoot(), 'out', 'solution');
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, packed.fileName);
  writeFileSync(path, packed.zip);
  const counts = new Map<number, number>();
  for (const root of packed.rootComponents) counts.set(root.type, (counts.get(root.type) ?? 0) + 1);
  print(
    `Wrote ${path} (${packed.zip.length} bytes, ${packed.files.size} files; ${inputs.managed ? 'managed' : 'unmanaged'} ${inputs.version}).`,
  );
  print(
    `Root components by type: ${[...counts].map(([type, n]) => `${type}×${n}`).join(', ')}. customizations.xml and every view's FetchXML validated.`,
  );
  return 0;
}
