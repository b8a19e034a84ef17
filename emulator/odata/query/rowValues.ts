import type { ColumnDef, NavigationDef, TableDef } from '../../../schema/types';
import type { Store } from '../../store/Store';
import type { StoredRow } from '../../store/values';
import { isEntityRef } from '../../store/values';
import type { Comparable } from '../filter/bound';

/** Follows single-valued navigations from a row; undefined when a lookup is empty or points at another table. */
export function followHops(
  store: Store,
  row: StoredRow | undefined,
  hops: readonly NavigationDef[],
): StoredRow | undefined {
  let current = row;
  for (const hop of hops) {
    if (!current) return undefined;
    const ref = current.values[hop.lookup];
    if (!isEntityRef(ref) || ref.logicalName !== hop.target) return undefined;
    current = store.get(hop.target, ref.id);
  }
  return current;
}

/**
 * A column's value as queries compare it: lookups by their GUID, GUIDs in lower case, date-times as epoch ms,
 * choices (multi-select) as their comma-separated values, missing values as null.
 */
export function comparableValue(row: StoredRow, table: TableDef, column: ColumnDef): Comparable {
  if (column.name === table.primaryIdAttribute) return row.id.toLowerCase();
  const value = row.values[column.name];
  if (value === undefined || value === null) return null;
  if (isEntityRef(value)) return value.id.toLowerCase();
  if (Array.isArray(value)) return value.join(',');
  if (column.type === 'datetime' && typeof value === 'string') {
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? null : instant;
  }
  if (column.type === 'uniqueidentifier' && typeof value === 'string') return value.toLowerCase();
  return typeof value === 'object' ? null : value;
}
