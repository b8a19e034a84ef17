/** Parses XML back into a plain tree, so tests can assert on structure and on the exact values a parser sees. */
import { XMLParser } from 'fast-xml-parser';

export interface XmlNode {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

type Ordered = Record<string, unknown>;

function toNode(item: Ordered): XmlNode | undefined {
  const tag = Object.keys(item).find((key) => key !== ':@');
  if (tag === undefined || tag === '#text') return undefined;
  const content = (item[tag] ?? []) as Ordered[];
  const text = content
    .map((child) => child['#text'])
    .filter((value): value is string | number => value !== undefined)
    .join('');
  return {
    tag,
    attributes: (item[':@'] ?? {}) as Record<string, string>,
    children: content.map(toNode).filter((node): node is XmlNode => node !== undefined),
    text: text.trim() === '' ? '' : String(text),
  };
}

/** The document's root element. */
export function parseXml(xml: string): XmlNode {
  const roots = (parser.parse(xml) as Ordered[]).map(toNode).filter((node): node is XmlNode => node !== undefined);
  if (roots.length !== 1 || !roots[0]) throw new Error(`expected one root element, got ${roots.length}`);
  return roots[0];
}

export function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return node.children.filter((child) => child.tag === tag);
}

export function onlyChild(node: XmlNode, tag: string): XmlNode {
  const found = childrenNamed(node, tag);
  if (found.length !== 1 || !found[0]) throw new Error(`expected one <${tag}> in <${node.tag}>, found ${found.length}`);
  return found[0];
}

/** Every element below `node` (itself included) with this tag. */
export function descendantsNamed(node: XmlNode, tag: string): XmlNode[] {
  return [...(node.tag === tag ? [node] : []), ...node.children.flatMap((child) => descendantsNamed(child, tag))];
}

/** The contact entity's own filter (not the link-entities'), or undefined when it has none. */
export function contactFilter(fetchXml: string): XmlNode | undefined {
  const filters = childrenNamed(onlyChild(parseXml(fetchXml), 'entity'), 'filter');
  if (filters.length > 1) throw new Error('expected at most one <filter> directly in <entity>');
  return filters[0];
}

export function linkEntity(fetchXml: string, name: string): XmlNode {
  const links = childrenNamed(onlyChild(parseXml(fetchXml), 'entity'), 'link-entity').filter(
    (link) => link.attributes.name === name,
  );
  if (links.length !== 1 || !links[0])
    throw new Error(`expected one <link-entity name="${name}">, found ${links.length}`);
  return links[0];
}
