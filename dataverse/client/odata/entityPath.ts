/**
 * The path of one record: `contacts(<guid>)`, or by alternate key `contacts(emailaddress1='a@b.example')`
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api#retrieve-using-an-alternate-key).
 */
import { assertIdentifier } from './names';
import { odataString } from './odataString';

export type RecordKey = string | Readonly<Record<string, string | number>>;

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

export function normalizeGuid(what: string, id: string): string {
  const match = GUID.exec(id.trim());
  if (!match?.[1]) throw new TypeError(`${what} must be a GUID, got "${id}"`);
  return match[1].toLowerCase();
}

export function entityPath(entitySet: string, key: RecordKey): string {
  assertIdentifier('entitySet', entitySet);
  return `${entitySet}(${keySegment(key)})`;
}

function keySegment(key: RecordKey): string {
  if (typeof key === 'string') return normalizeGuid('id', key);
  const entries = Object.entries(key);
  if (entries.length === 0) throw new TypeError('An alternate key needs at least one column');
  return entries
    .map(([column, value]) => {
      assertIdentifier('alternate key column', column);
      // Quotes are doubled first, then characters a URL cannot carry are encoded ( ' itself is safe in a path).
      const literal = typeof value === 'number' ? String(value) : encodeURIComponent(odataString(value));
      return `${column}=${literal}`;
    })
    .join(',');
}
