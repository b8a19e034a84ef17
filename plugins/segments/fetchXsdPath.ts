/**
 * Where Microsoft's XML schemas live: `../shared/reference/schemas/9.0.0.2090-libxml2/` next to the repository (the
 * libxml2-compatible copy; see SOURCES.md there). Found from the repository root, so it works from the TypeScript
 * sources (tests) and from the compiled dist/ alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SchemaFileNotFoundError } from './errors/SchemaFileNotFoundError';

const PACKAGE_NAME = 'leadlink';
const SCHEMAS_FROM_ROOT = ['..', 'shared', 'reference', 'schemas', '9.0.0.2090-libxml2'];

/** The folder holding LeadLink's package.json, found by walking up from `start`. */
export function findRepoRoot(start: string = __dirname): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) {
      throw new SchemaFileNotFoundError(
        `(the repository root above ${start})`,
        `No package.json named '${PACKAGE_NAME}' above ${start}, so the schemas folder next to it cannot be found.`,
      );
    }
  }
}

function readPackageName(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

/** The path of one of Microsoft's schemas (e.g. `Fetch.xsd`), checked to exist. */
export function schemaPath(fileName: string, repoRoot: string = findRepoRoot()): string {
  const path = join(repoRoot, ...SCHEMAS_FROM_ROOT, fileName);
  if (!existsSync(path)) {
    throw new SchemaFileNotFoundError(
      path,
      `LeadLink validates XML against Microsoft's schemas, patched for libxml2, in ${join(...SCHEMAS_FROM_ROOT)} ` +
        'relative to the repository root; put the shared reference folder there (see its schemas/SOURCES.md).',
    );
  }
  return path;
}

/** The path of Fetch.xsd, the schema of FetchXML. */
export function fetchXsdPath(repoRoot?: string): string {
  return schemaPath('Fetch.xsd', repoRoot);
}
