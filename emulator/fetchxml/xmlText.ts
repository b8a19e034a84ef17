import { fetchFault } from './fetchFaults';

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes the references in raw XML character data as an XML 1.0 parser must: the five predefined entities and
 * numeric character references; anything else (an undeclared entity, a bare `&`) is not well-formed.
 */
export function decodeXmlText(raw: string): string {
  return raw.replace(/&([^;&]*);?/g, (match, name: string) => {
    if (!match.endsWith(';'))
      throw fetchFault.invalidXml(`An '&' must start an entity reference such as &amp;amp; (near '${clip(match)}').`);
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    const code = /^#x[0-9a-f]+$/i.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#\d+$/.test(name)
        ? parseInt(name.slice(1), 10)
        : NaN;
    if (Number.isNaN(code)) throw fetchFault.invalidXml(`Reference to undeclared entity '${clip(name)}'.`);
    if (!isXmlChar(code)) throw fetchFault.invalidXml(`'${clip(match)}' is not a valid XML character.`);
    return String.fromCodePoint(code);
  });
}

/**
 * An attribute value: no raw `<` (XML 1.0, "No < in Attribute Values"), literal tabs and line breaks normalized to
 * spaces, then references decoded.
 */
export function decodeXmlAttribute(raw: string): string {
  if (raw.includes('<'))
    throw fetchFault.invalidXml(`An attribute value cannot contain '<'; write &lt; (near '${clip(raw)}').`);
  return decodeXmlText(raw.replace(/\r\n|[\t\n\r]/g, ' '));
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
