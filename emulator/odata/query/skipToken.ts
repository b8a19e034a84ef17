import type { Comparable } from '../filter/bound';
import { queryFault } from '../queryFaults';

/** Where the previous page ended: the number of the page asked for, and the keys (then the id) of the last row. */
export interface PagingCursor {
  readonly page: number;
  readonly keys: readonly Comparable[];
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const OUTER = /^<cookie pagenumber="(\d+)" pagingcookie="([^"]*)" istracking="False" \/>$/;
const INNER = /^<cookie page="(\d+)">((?:<[A-Za-z_][\w.-]* last="[^"]*"(?: first="[^"]*")? \/>)+)<\/cookie>$/;
const ELEMENT = /<([A-Za-z_][\w.-]*) last="([^"]*)"(?: first="[^"]*")? \/>/g;

/**
 * A `$skiptoken` shaped like Dataverse's paging cookie (page-results.md):
 * `<cookie pagenumber="2" pagingcookie="%3ccookie page=%221%22%3e…" istracking="False" />`. The inner cookie
 * holds the last row's value for each order key (JSON) and its id (`{GUID}`), so the next page starts strictly
 * after that row: rows added or removed meanwhile cause neither duplicates nor skips. `page` is the page just
 * served (1 for the first).
 */
export function encodeSkipToken(
  page: number,
  names: readonly string[],
  lastKeys: readonly Comparable[],
  firstId: string,
): string {
  const elements = names.map((name, i) => {
    const value = lastKeys[i] ?? null;
    const isId = i === names.length - 1;
    const last = isId ? `{${String(value).toUpperCase()}}` : JSON.stringify(value);
    const first = isId ? ` first="${escapeXml(`{${firstId.toUpperCase()}}`)}"` : '';
    return `<${name} last="${escapeXml(last)}"${first} />`;
  });
  const inner = `<cookie page="${page}">${elements.join('')}</cookie>`;
  return `<cookie pagenumber="${page + 1}" pagingcookie="${encodeURIComponent(inner)}" istracking="False" />`;
}

/** Reads a token made by encodeSkipToken for the same ordering (`names`); anything else is a 400. */
export function decodeSkipToken(token: string, names: readonly string[]): PagingCursor {
  const outer = OUTER.exec(token.trim());
  if (!outer?.[1] || outer[2] === undefined) throw queryFault.invalidSkipToken();
  let inner: string;
  try {
    inner = decodeURIComponent(outer[2]);
  } catch {
    throw queryFault.invalidSkipToken();
  }
  const match = INNER.exec(inner);
  if (!match?.[2]) throw queryFault.invalidSkipToken();
  const elements = [...match[2].matchAll(ELEMENT)];
  if (elements.length !== names.length || elements.some((e, i) => e[1] !== names[i]))
    throw queryFault.invalidSkipToken();
  const keys = elements.map((e, i) => readValue(unescapeXml(e[2] ?? ''), i === names.length - 1));
  return { page: Number(outer[1]), keys };
}

function readValue(text: string, isId: boolean): Comparable {
  if (isId) {
    const id = /^\{([^{}]+)\}$/.exec(text)?.[1];
    if (!id) throw queryFault.invalidSkipToken();
    return id.toLowerCase();
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw queryFault.invalidSkipToken();
  }
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  throw queryFault.invalidSkipToken();
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '',
  );
}
