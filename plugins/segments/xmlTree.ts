/**
 * A tiny tree of XML elements written out by fast-xml-parser's XMLBuilder, which escapes & < > " ' in every attribute
 * value and text: a value can never end its attribute or element early, whatever it contains.
 */
import { XMLBuilder } from 'fast-xml-parser';

/** One element in XMLBuilder's ordered form: `{ tag: children, ':@': { '@_name': value } }`. */
export type XmlElement = Readonly<Record<string, unknown>>;

export function element(
  tag: string,
  attributes: Readonly<Record<string, string | undefined>> = {},
  children: readonly XmlElement[] = [],
): XmlElement {
  const present = Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { [tag]: children, ':@': Object.fromEntries(present.map(([name, value]) => [`@_${name}`, value])) };
}

/** An element whose only content is text, e.g. `<value>8</value>`. */
export function textElement(tag: string, text: string): XmlElement {
  return { [tag]: [{ '#text': text }] };
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
  format: false,
});

export function writeXml(root: XmlElement): string {
  return builder.build([root]) as string;
}
