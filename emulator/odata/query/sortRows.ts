import type { TableDef } from '../../../schema/types';
import type { StoredRow } from '../../store/values';
import { isEntityRef } from '../../store/values';
import { isLookupType } from '../edm';
import type { Comparable } from '../filter/bound';
import type { OrderKey } from '../options/QueryOptions';
import { compareKeys } from './compareValues';
import type { QueryContext } from './QueryContext';
import { comparableValue } from './rowValues';

export interface KeyedRow {
  readonly row: StoredRow;
  /** One value per order key, then the primary id. */
  readonly keys: readonly Comparable[];
}

/**
 * Orders rows by the $orderby keys and then by primary id, so the order is total and paging is deterministic
 * (Dataverse adds the primary key order itself when none is given: "Ordering and paging", cc-ordering-paging.md).
 */
export function sortRows(
  rows: Iterable<StoredRow>,
  table: TableDef,
  keys: readonly OrderKey[],
  ctx: QueryContext,
): KeyedRow[] {
  const descending = directions(keys);
  const keyed = [...rows].map((row) => keyedRow(row, table, keys, ctx));
  return keyed.sort((a, b) => compareKeys(a.keys, b.keys, descending));
}

/** A row with its sort keys: one value per order key, then the primary id. */
export function keyedRow(row: StoredRow, table: TableDef, keys: readonly OrderKey[], ctx: QueryContext): KeyedRow {
  return { row, keys: [...keys.map((k) => sortValue(row, table, k, ctx)), row.id.toLowerCase()] };
}

/** The direction of each key in a KeyedRow's keys (the trailing primary id ascends). */
export function directions(keys: readonly OrderKey[]): boolean[] {
  return [...keys.map((k) => k.descending), false];
}

/** Lookups sort by the related row's primary name; choices by their number (order-rows.md). */
function sortValue(row: StoredRow, table: TableDef, key: OrderKey, ctx: QueryContext): Comparable {
  if (!isLookupType(key.column.type)) return comparableValue(row, table, key.column);
  const ref = row.values[key.column.name];
  if (!isEntityRef(ref)) return null;
  const related = ctx.catalog.byLogicalName(ref.logicalName);
  const name = related ? ctx.store.get(ref.logicalName, ref.id)?.values[related.primaryNameAttribute] : undefined;
  return typeof name === 'string' ? name : null;
}
