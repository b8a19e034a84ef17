import { SolutionSourceError } from '../errors/SolutionSourceError';
import type { SourceFile } from './source/readSolutionSource';
import { el, withChildren, type XmlElement, type XmlNode } from '../xml/XmlNode';

/** The top-level sections a pack fills, by element name: each must be in Other/Customizations.xml. */
export type CustomizationSections = Readonly<
  Record<
    | 'Entities'
    | 'Roles'
    | 'EntityRelationships'
    | 'WebResources'
    | 'CustomControls'
    | 'SdkMessageProcessingSteps'
    | 'ServiceEndpoints',
    readonly XmlElement[]
  >
>;

/**
 * customizations.xml: the hand-maintained skeleton (Other/Customizations.xml, which keeps the element order
 * CustomizationsSolution.xsd wants) with each section's content put in.
 */
export function customizationsDocument(skeleton: SourceFile, sections: CustomizationSections): XmlElement {
  const present = new Set(
    skeleton.root.children.filter((c) => c.kind === 'element').map((c) => (c.kind === 'element' ? c.name : '')),
  );
  for (const name of Object.keys(sections)) {
    if (!present.has(name)) throw new SolutionSourceError(skeleton.path, `has no <${name} /> section to fill`);
  }
  const filled: XmlNode[] = skeleton.root.children.map((child) => {
    if (child.kind !== 'element' || !(child.name in sections)) return child;
    const content = sections[child.name as keyof CustomizationSections];
    return el(child.name, {}, content);
  });
  return withChildren(skeleton.root, filled);
}

/** A source file's root without its namespace declarations, to sit inside customizations.xml. */
export function withoutNamespaceDeclarations(element: XmlElement): XmlElement {
  return { ...element, attributes: element.attributes.filter(([name]) => !name.startsWith('xmlns')) };
}
