/**
 * FetchXML paging through the Web API: read and set attributes of the root `<fetch>` element, and turn the
 * `@Microsoft.Dynamics.CRM.fetchxmlpagingcookie` annotation into the next request's `paging-cookie`: take its
 * `pagingcookie` attribute, URL-decode it twice, XML-encode it
 * (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#paging-cookies).
 */
const FETCH_OPEN_TAG = /<fetch\b((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface Attribute {
  readonly name: string;
  /** As written, quotes included. */
  readonly source: string;
  /** Unescaped. */
  readonly value: string;
}

function fetchTag(fetchXml: string): { match: RegExpExecArray; attributes: Attribute[] } {
  const match = FETCH_OPEN_TAG.exec(fetchXml);
  if (!match) throw new TypeError('FetchXML must have a <fetch> root element');
  const attributes = [...(match[1] ?? '').matchAll(ATTRIBUTE)].map((m) => ({
    name: m[1] ?? '',
    source: m[0],
    value: xmlUnescape(m[2] ?? m[3] ?? ''),
  }));
  return { match, attributes };
}

export function readFetchAttribute(fetchXml: string, name: string): string | undefined {
  return fetchTag(fetchXml).attributes.find((attribute) => attribute.name === name)?.value;
}

/** Sets (or, with undefined, removes) attributes of the `<fetch>` element; the rest of the document is kept as is. */
export function setFetchAttributes(fetchXml: string, values: Readonly<Record<string, string | undefined>>): string {
  const { match, attributes } = fetchTag(fetchXml);
  const kept = attributes.filter((attribute) => !(attribute.name in values)).map((attribute) => attribute.source);
  const added = Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}="${xmlEscape(value)}"`);
  const tag = `<fetch${[...kept, ...added].map((text) => ` ${text}`).join('')}${match[2] ? ' /' : ''}>`;
  return fetchXml.slice(0, match.index) + tag + fetchXml.slice(match.index + match[0].length);
}

/** The paging cookie for the next request, or undefined when Dataverse gave none (then simple paging applies). */
export function nextPagingCookie(annotation: unknown): string | undefined {
  if (typeof annotation !== 'string') return undefined;
  const attribute = /\bpagingcookie\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(annotation);
  const encoded = attribute?.[1] ?? attribute?.[2];
  if (encoded === undefined || encoded === '') return undefined;
  return decodeURIComponent(decodeURIComponent(xmlUnescape(encoded)));
}

function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xmlUnescape(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    if (lower === 'amp') return '&';
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
  });
}
