import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fetchFault } from './fetchFaults';
import { decodeXmlAttribute, decodeXmlText } from './xmlText';

/** An XML element with its attributes (entities already decoded), child elements in document order, and text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Entities are decoded here, strictly (xmlText.ts): the parser would pass an undeclared one through as text.
  processEntities: false,
  cdataPropName: '#cdata',
});

const ATTRIBUTES_KEY = ':@';
const TEXT_KEY = '#text';
const CDATA_KEY = '#cdata';

/**
 * Parses a document with exactly one root element. Values come out decoded (`&quot;` → `"`), so nothing a caller
 * escapes can turn into markup. A DTD is refused, as Dataverse's XML reader refuses one; so is what the parser's
 * validator lets through but XML forbids (a raw `<` in an attribute value, an undeclared entity).
 */
export function parseXml(text: string): XmlElement {
  if (text.trim() === '') throw fetchFault.invalidXml('The FetchXML is empty.');
  if (/<!DOCTYPE/i.test(text)) throw fetchFault.invalidXml('A DTD is not allowed in FetchXML.');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw fetchFault.invalidXml(`${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  const roots = toElements(parser.parse(text));
  const [root] = roots;
  if (!root || roots.length !== 1) throw fetchFault.invalidXml('The FetchXML must have exactly one root element.');
  return root;
}

function toElements(nodes: unknown): XmlElement[] {
  if (!Array.isArray(nodes)) return [];
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    const name = Object.keys(node).find((k) => k !== ATTRIBUTES_KEY && k !== TEXT_KEY && k !== CDATA_KEY);
    if (name === undefined) continue;
    const content = node[name];
    elements.push({
      name,
      attributes: stringRecord(node[ATTRIBUTES_KEY]),
      children: toElements(content),
      text: Array.isArray(content) ? content.map(textOf).join('') : '',
    });
  }
  return elements;
}

/** Character data, decoded; a CDATA section is taken as it stands. */
function textOf(node: unknown): string {
  if (!isRecord(node)) return '';
  const cdata = node[CDATA_KEY];
  if (Array.isArray(cdata)) return cdata.map((c) => (isRecord(c) ? rawText(c[TEXT_KEY]) : '')).join('');
  return decodeXmlText(rawText(node[TEXT_KEY]));
}

function rawText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      out[k] = decodeXmlAttribute(String(v));
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
