import { isEntityRef, type StoredValue } from './values';

/** What an indexed column holds, which decides how its values are filed: lookups and GUIDs are text. */
export type IndexKind = 'text' | 'number' | 'boolean';

/** The key a value is filed under; values a query counts as equal share one key. */
export type IndexKey = string | number | boolean;

/** What a query looks up: a literal of the column's kind. */
export type ProbeValue = string | number | boolean;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The key of printable-ASCII text: lower case. Queries compare text with a case- and accent-insensitive collation
 * (odata/collation.ts); between printable-ASCII strings that equality is exactly equality after lower-casing, since
 * every such character has a primary weight of its own apart from case (pinned by tests/emulator/store). Other text
 * may equal differently spelt text ("café" and "cafe", "ß" and "ss"), so it gets no key.
 */
export function textKey(text: string): string | undefined {
  return PRINTABLE_ASCII.test(text) ? text.toLowerCase() : undefined;
}

/**
 * The key of a stored value: a lookup by its id, text as textKey, numbers and booleans as they are. Undefined when
 * the value has no key (text outside printable ASCII, a value of another kind): the index keeps such rows aside and
 * offers them for every look-up, so it never misses a row a scan would find.
 */
export function storedKey(value: Exclude<StoredValue, null>, kind: IndexKind): IndexKey | undefined {
  if (isEntityRef(value)) return kind === 'text' ? textKey(value.id) : undefined;
  return probeKey(value as ProbeValue, kind);
}

/** The key a query literal looks up; undefined when the index cannot answer for it (the caller scans instead). */
export function probeKey(value: ProbeValue, kind: IndexKind): IndexKey | undefined {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? textKey(value) : undefined;
    case 'number':
      return typeof value === 'number' && !Number.isNaN(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
  }
}
