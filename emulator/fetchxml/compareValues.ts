import { compareStrings } from '../odata/collation';
import type { Comparable } from './columnValues';

/** Text compares with the OData engine's collation (case- and accent-insensitive, as Dataverse's SQL collation). */
export function compareComparable(a: Comparable, b: Comparable): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return compareStrings(textOf(a), textOf(b));
}

export function equalComparable(a: Comparable, b: Comparable): boolean {
  return compareComparable(a, b) === 0;
}

/** Sort order with SQL Server's rule for nulls: first when ascending, last when descending. */
export function compareNullable(a: Comparable | null, b: Comparable | null): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return compareComparable(a, b);
}

function textOf(value: Comparable): string {
  return Array.isArray(value) ? [...value].sort((x, y) => x - y).join(',') : String(value);
}
