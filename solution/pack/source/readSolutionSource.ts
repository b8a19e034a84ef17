import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SolutionSourceError } from '../../errors/SolutionSourceError';
import { parseXml } from '../../xml/parseXml';
import { childElements, type XmlElement } from '../../xml/XmlNode';

/** One hand-maintained file, parsed, with the path it came from (relative to the source folder). */
export interface SourceFile {
  readonly path: string;
  readonly root: XmlElement;
}

/** solution/src in SolutionPackager's unpacked layout: what people maintain by hand. */
export interface SolutionSource {
  readonly dir: string;
  /** Other/Solution.xml: the manifest (names, publisher). */
  readonly solution: SourceFile;
  /** Other/Customizations.xml: the skeleton, in the element order the schema wants. */
  readonly customizations: SourceFile;
  /** Entities/<Entity schema name>/SavedQueries/*.xml, by entity schema name, each file's `<savedquery>`. */
  readonly views: ReadonlyMap<string, readonly SourceFile[]>;
  /** Roles/*.xml, each file's `<Role>`. */
  readonly roles: readonly SourceFile[];
}

/** Reads and parses solution/src; sorted by file name so a pack never depends on directory order. */
export function readSolutionSource(dir: string): SolutionSource {
  const read = (path: string, rootName: string): SourceFile => {
    const full = join(dir, path);
    if (!existsSync(full)) throw new SolutionSourceError(path, `is missing from ${dir}`);
    const root = parseXml(readFileSync(full, 'utf8'), path);
    if (root.name !== rootName)
      throw new SolutionSourceError(path, `must have the root element <${rootName}>, not <${root.name}>`);
    return { path, root };
  };
  const views = new Map<string, SourceFile[]>();
  const entitiesDir = join(dir, 'Entities');
  for (const entity of listDir(entitiesDir)) {
    const viewsDir = join(entitiesDir, entity, 'SavedQueries');
    const files = listDir(viewsDir).filter((f) => f.endsWith('.xml'));
    views.set(
      entity,
      files.map((file) => {
        const source = read(relative(dir, join(viewsDir, file)), 'savedqueries');
        const [query, ...more] = childElements(source.root, 'savedquery');
        if (!query || more.length > 0) throw new SolutionSourceError(source.path, 'must hold exactly one <savedquery>');
        return { path: source.path, root: query };
      }),
    );
  }
  const roles = listDir(join(dir, 'Roles'))
    .filter((f) => f.endsWith('.xml'))
    .map((file) => read(join('Roles', file), 'Role'));
  return {
    dir,
    solution: read(join('Other', 'Solution.xml'), 'ImportExportXml'),
    customizations: read(join('Other', 'Customizations.xml'), 'ImportExportXml'),
    views,
    roles,
  };
}

function listDir(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort();
}
