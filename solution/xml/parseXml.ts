import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SolutionSourceError } from '../errors/SolutionSourceError';
import type { XmlElement, XmlNode } from './XmlNode';

const ATTRIBUTE_PREFIX = '@_';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  // Prefixed, so an attribute named like an Object member (a PCF manifest's `constructor`) is just a name.
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: '#comment',
  processEntities: true,
  htmlEntities: false,
});

type Ordered = Record<string, unknown>;

/**
 * Parses one XML document (a BOM is allowed) into the tree of XmlNode.ts. Whitespace between elements is dropped;
 * comments are kept. A document that is not well-formed is a SolutionSourceError naming the file and the line.
 */
export function parseXml(text: string, fileName: string): XmlElement {
  const source = text.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new SolutionSourceError(fileName, `is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const roots = convert(parser.parse(source) as Ordered[]).filter((n): n is XmlElement => n.kind === 'element');
  const [root] = roots;
  if (!root || roots.length !== 1) throw new SolutionSourceError(fileName, 'must have exactly one root element');
  return root;
}

function convert(items: readonly Ordered[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of items) {
    const attributes = (item[':@'] ?? {}) as Record<string, string>;
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        const text = String(value);
        out.push({ kind: 'text', text });
      } else if (key === '#comment') {
        const text = (value as Ordered[]).map((v) => String(v['#text'] ?? '')).join('');
        out.push({ kind: 'comment', text });
      } else {
        const children = convert(value as Ordered[]);
        const hasElements = children.some((c) => c.kind !== 'text');
        out.push({
          kind: 'element',
          name: key,
          attributes: Object.entries(attributes).map(
            ([k, v]) => [k.slice(ATTRIBUTE_PREFIX.length), String(v)] as const,
          ),
          // Whitespace between elements is layout, not content.
          children: hasElements ? children.filter((c) => c.kind !== 'text' || c.text.trim() !== '') : children,
        });
      }
    }
  }
  return out;
}
