import { posix } from 'node:path';
import { parseXml } from '../../../xml/parseXml';
import { attributeOf, childElements } from '../../../xml/XmlNode';
import { CONTROL_MANIFEST } from '../../components/pcfControl';
import { CONTENT_TYPES_FILE } from '../../contentTypes';
import type { ParsedSolution } from './ParsedSolution';

/**
 * [Content_Types].xml gives a type to every extension in the zip and overrides every control manifest and every part
 * without an extension, as pac's does.
 */
export function checkContentTypes({ files }: ParsedSolution): string[] {
  const bytes = files.get(CONTENT_TYPES_FILE);
  if (!bytes) return [`${CONTENT_TYPES_FILE} is missing`];
  const root = parseXml(bytes.toString('utf8'), CONTENT_TYPES_FILE);
  const defaults = new Set(
    childElements(root, 'Default').map((d) => (attributeOf(d, 'Extension') ?? '').toLowerCase()),
  );
  const overrides = new Set(childElements(root, 'Override').map((o) => attributeOf(o, 'PartName') ?? ''));
  const problems: string[] = [];
  for (const path of files.keys()) {
    if (path === CONTENT_TYPES_FILE) continue;
    const extension = posix.extname(path).slice(1).toLowerCase();
    if (extension === '') {
      if (!overrides.has(`/${path}`)) problems.push(`${CONTENT_TYPES_FILE} has no Override for /${path}`);
      continue;
    }
    if (!defaults.has(extension)) problems.push(`${CONTENT_TYPES_FILE} has no Default for .${extension} (${path})`);
    if (posix.basename(path) === CONTROL_MANIFEST && !overrides.has(`/${path}`))
      problems.push(`${CONTENT_TYPES_FILE} has no Override for /${path}`);
  }
  return problems;
}
