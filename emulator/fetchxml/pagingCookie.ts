import { fetchFault } from './fetchFaults';
import { parseXml, type XmlElement } from './xmlTree';

/**
 * Dataverse's FetchXML paging cookie ("Page results using FetchXml", Web API tab). The response annotation is
 * `<cookie pagenumber="2" pagingcookie="…" istracking="False" />` whose `pagingcookie` is, URL-encoded twice,
 * `<cookie page="1"><name last="…" first="…" /><contactid last="{GUID}" first="{GUID}" /></cookie>`: the page it
 * describes and the first and last values of each order column and of the primary key. The client sends the
 * decoded inner cookie back as the fetch's `paging-cookie` with the next page number.
 */
export interface CookieColumn {
  readonly name: string;
  readonly first: string;
  readonly last: string;
}

export function buildPagingCookie(page: number, columns: readonly CookieColumn[]): string {
  const inner =
    `<cookie page="${page}">` +
    columns.map((c) => `<${c.name} last="${escapeXml(c.last)}" first="${escapeXml(c.first)}" />`).join('') +
    '</cookie>';
  const encoded = encodeURIComponent(encodeURIComponent(inner));
  return `<cookie pagenumber="${page + 1}" pagingcookie="${encoded}" istracking="False" />`;
}

export interface ReadCookie {
  /** The page the cookie describes. */
  readonly page: number;
  /** The last value of each column in the cookie, by column name. */
  readonly last: ReadonlyMap<string, string>;
}

/**
 * Reads a `paging-cookie` value. Also accepts the whole annotation value (with its still-encoded `pagingcookie`),
 * which clients sometimes send back unchanged.
 */
export function readPagingCookie(text: string): ReadCookie {
  let cookie = parseCookie(text);
  const wrapped = cookie.attributes.pagingcookie;
  if (wrapped !== undefined) cookie = parseCookie(decodeTwice(wrapped));
  const page = Number(cookie.attributes.page);
  if (!Number.isInteger(page) || page < 1) throw malformed();
  return { page, last: new Map(cookie.children.map((c) => [c.name, c.attributes.last ?? ''])) };
}

/** A cookie GUID is `{UPPER-CASE}`; the emulator keeps ids bare and lower case. */
export function cookieGuid(id: string): string {
  return `{${id.toUpperCase()}}`;
}

export function guidFromCookie(text: string | undefined): string | undefined {
  return text?.replace(/^\{(.*)\}$/, '$1').toLowerCase();
}

function parseCookie(text: string): XmlElement {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch {
    throw malformed();
  }
  if (root.name !== 'cookie') throw malformed();
  return root;
}

function decodeTwice(text: string): string {
  try {
    return decodeURIComponent(decodeURIComponent(text.replace(/\+/g, ' ')));
  } catch {
    throw malformed();
  }
}

/** The error Dataverse gives for a cookie it cannot read (davidyack/Xrm.Tools.CRMWebAPI#117). */
function malformed() {
  return fetchFault.invalid('Malformed XML in the paging cookie');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
