import type { EdmType, ValueClass } from '../edm';
import { queryFault } from '../queryFaults';
import type { Comparable } from './bound';
import type { Literal } from './ast';
import type { ArrayItem } from './jsonArray';

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The Edm type and comparable value of a literal. */
export function literalValue(literal: Literal): { value: Comparable; edm: EdmType | undefined } {
  switch (literal.kind) {
    case 'null':
      return { value: null, edm: undefined };
    case 'boolean':
      return { value: literal.value, edm: 'Edm.Boolean' };
    case 'string':
      return { value: literal.value, edm: 'Edm.String' };
    case 'number':
      return { value: literal.value, edm: literal.edm };
    case 'guid':
      return { value: literal.value, edm: 'Edm.Guid' };
    case 'datetime':
      return { value: literal.value, edm: 'Edm.DateTimeOffset' };
    case 'date':
      return { value: literal.value, edm: 'Edm.Date' };
  }
}

export function parseGuid(text: string): string | undefined {
  return GUID.exec(text.trim())?.[1]?.toLowerCase();
}

/** Parses an ISO date or date-time; a bare date is midnight UTC (the emulator's users are on UTC). */
export function parseInstant(text: string): number | undefined {
  const value = Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(value) ? undefined : value;
}

/**
 * Converts a value from a query function's PropertyValues (or a string compared with a GUID) to the column's
 * class. Dataverse's own examples pass numbers as strings (`PropertyValues=["5","2000"]`, filter-rows.md).
 */
export function convertItem(item: ArrayItem, cls: ValueClass, edm: EdmType, property: string): Comparable {
  if (item === null) return null;
  const fail = () => queryFault.invalidValue(String(item), edm, property);
  switch (cls) {
    case 'string':
      return String(item);
    case 'number': {
      const n = typeof item === 'number' ? item : typeof item === 'string' && item.trim() !== '' ? Number(item) : NaN;
      if (!Number.isFinite(n)) throw fail();
      return n;
    }
    case 'boolean':
      if (item === true || item === 'true' || item === 1 || item === '1') return true;
      if (item === false || item === 'false' || item === 0 || item === '0') return false;
      throw fail();
    case 'guid': {
      const guid = typeof item === 'string' ? parseGuid(item) : undefined;
      if (!guid) throw fail();
      return guid;
    }
    case 'datetime': {
      const instant = typeof item === 'string' ? parseInstant(item) : undefined;
      if (instant === undefined) throw fail();
      return instant;
    }
  }
}
