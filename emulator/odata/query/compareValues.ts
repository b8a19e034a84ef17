import { compareStrings } from '../collation';
import type { Comparable } from '../filter/bound';

/**
 * Orders two values the way SQL Server does for Dataverse: null before everything (so first ascending, last
 * descending), strings by the case- and accent-insensitive collation, numbers and instants numerically, false
 * before true.
 */
export function compareValues(a: Comparable, b: Comparable): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return compareStrings(String(a), String(b));
}

/** Compares sort-key tuples; `descending[i]` reverses key i. */
export function compareKeys(
  a: readonly Comparable[],
  b: readonly Comparable[],
  descending: readonly boolean[],
): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareValues(a[i] ?? null, b[i] ?? null);
    if (c !== 0) return descending[i] ? -c : c;
  }
  return 0;
}
