/**
 * Microsoft's XML schemas, when the user has them. LeadLink does not ship them (they are Microsoft's, published as
 * Schemas.zip, linked from https://learn.microsoft.com/power-apps/developer/data-platform/customization-solutions-file-schema):
 * a user names the folder holding the XSDs (Schemas/9.0.0.2090 in that zip) with `--schemas DIR` or
 * LEADLINK_SCHEMAS_DIR, and LeadLink then validates against them on top of its own checks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SchemaFileNotFoundError } from './errors/SchemaFileNotFoundError';

const PACKAGE_NAME = 'leadlink';

/** The environment variable naming the folder of Microsoft's XSDs. */
export const SCHEMAS_DIR_VARIABLE = 'LEADLINK_SCHEMAS_DIR';

/** The schemas folder to use: the one given, else LEADLINK_SCHEMAS_DIR, else none. */
export function schemasDirOrDefault(
  given: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const dir = (given ?? env[SCHEMAS_DIR_VARIABLE])?.trim();
  return dir ? dir : undefined;
}

/** The folder holding LeadLink's package.json, found by walking up from `start`. */
export function findRepoRoot(start: string = __dirname): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json named '${PACKAGE_NAME}' above ${start}.`);
  }
}

function readPackageName(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

/**
 * The path of one of Microsoft's schemas (e.g. `Fetch.xsd`) in the schemas folder, its name matched regardless of
 * case (Microsoft's pages write `fetch.xsd`, the download has `Fetch.xsd`). A missing folder or file is an error that
 * says what to pass instead.
 */
export function schemaPath(fileName: string, schemasDir: string): string {
  const dir = resolve(schemasDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new SchemaFileNotFoundError(dir, `There is no such folder. ${WHAT_TO_PASS}`);
  }
  const found = readdirSync(dir).find((name) => name.toLowerCase() === fileName.toLowerCase());
  if (found) return join(dir, found);
  const holders = readdirSync(dir).filter((name) => {
    const sub = join(dir, name);
    return statSync(sub).isDirectory() && readdirSync(sub).some((f) => f.toLowerCase() === fileName.toLowerCase());
  });
  const hint = holders.length > 0 ? ` Its subfolder ${holders.map((h) => join(dir, h)).join(' or ')} has it.` : '';
  throw new SchemaFileNotFoundError(join(dir, fileName), `${WHAT_TO_PASS}${hint}`);
}

const WHAT_TO_PASS =
  "Pass the folder that holds Microsoft's XSD files (Schemas/9.0.0.2090 in Microsoft's Schemas.zip), unchanged.";

/** The path of Fetch.xsd, the schema of FetchXML. */
export function fetchXsdPath(schemasDir: string): string {
  return schemaPath('Fetch.xsd', schemasDir);
}
