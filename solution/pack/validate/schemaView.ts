import { childElements, withChildren, type XmlElement, type XmlNode } from '../../xml/XmlNode';

/**
 * Elements LeadLink writes that CustomizationsSolution.xsd 9.0.0.2090 predates, by parent element. Real exports carry
 * them (StateCode and StatusCode of webhook steps: the public CSE-Neutrino/dataverse-serviceendpoint-sample repository,
 * deployment/solutions/RegisterServiceEndpointsSolution/SdkMessageProcessingSteps/*.xml, 2023),
 * and they are how the steps ship disabled. Schema validation sees the document without exactly these; every other
 * element must satisfy the schema.
 */
export const NEWER_THAN_SCHEMA: Readonly<Record<string, readonly string[]>> = {
  SdkMessageProcessingStep: ['StateCode', 'StatusCode'],
};

/** The document as the 9.0 schema knows it: the elements above removed, nothing else changed. */
export function schemaView(root: XmlElement): XmlElement {
  const drop = NEWER_THAN_SCHEMA[root.name] ?? [];
  const children: XmlNode[] = root.children
    .filter((c) => c.kind !== 'element' || !drop.includes(c.name))
    .map((c) => (c.kind === 'element' ? schemaView(c) : c));
  return withChildren(root, children);
}

/** How many of the newer elements a document holds (for the report and the tests). */
export function countNewerElements(root: XmlElement): number {
  const drop = NEWER_THAN_SCHEMA[root.name] ?? [];
  return childElements(root).reduce((n, c) => n + (drop.includes(c.name) ? 1 : 0) + countNewerElements(c), 0);
}
