import { SolutionSourceError } from '../errors/SolutionSourceError';
import type { SourceFile } from './source/readSolutionSource';
import { childElements, el, firstChild, textEl, withChildren, type XmlElement, type XmlNode } from '../xml/XmlNode';
import type { RootComponent } from './RootComponent';

/**
 * solution.xml: the hand-maintained Other/Solution.xml with the three parts a pack decides filled in — Version,
 * Managed and RootComponents (sorted by type, then name or id, so the order never depends on how they were found).
 */
export function solutionManifest(
  source: SourceFile,
  version: string,
  managed: boolean,
  roots: readonly RootComponent[],
): XmlElement {
  const manifest = firstChild(source.root, 'SolutionManifest');
  if (!manifest) throw new SolutionSourceError(source.path, 'has no <SolutionManifest>');
  for (const name of ['Version', 'Managed', 'RootComponents']) {
    if (!firstChild(manifest, name))
      throw new SolutionSourceError(source.path, `has no <${name}> in <SolutionManifest>`);
  }
  const sorted = [...roots].sort((a, b) => a.type - b.type || key(a).localeCompare(key(b), 'en'));
  const replaced: XmlNode[] = manifest.children.map((child) => {
    if (child.kind !== 'element') return child;
    if (child.name === 'Version') return textEl('Version', version);
    if (child.name === 'Managed') return textEl('Managed', managed ? 1 : 0);
    if (child.name === 'RootComponents') return el('RootComponents', {}, sorted.map(rootComponentNode));
    return child;
  });
  return withChildren(
    source.root,
    source.root.children.map((c) => (c === manifest ? withChildren(manifest, replaced) : c)),
  );
}

function key(root: RootComponent): string {
  return root.schemaName ?? root.id ?? '';
}

function rootComponentNode(root: RootComponent): XmlElement {
  return el('RootComponent', { type: root.type, schemaName: root.schemaName, id: root.id, behavior: root.behavior });
}

/** The RootComponents of a solution.xml, read back. */
export function readRootComponents(solution: XmlElement): RootComponent[] {
  const roots = firstChild(firstChild(solution, 'SolutionManifest') ?? solution, 'RootComponents');
  return roots
    ? childElements(roots, 'RootComponent').map((r) => {
        const get = (name: string) => r.attributes.find(([k]) => k === name)?.[1];
        return {
          type: Number(get('type')),
          schemaName: get('schemaName'),
          id: get('id'),
          behavior: Number(get('behavior') ?? 0) as 0 | 1 | 2,
        };
      })
    : [];
}
