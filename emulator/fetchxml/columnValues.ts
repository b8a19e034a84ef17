import type { ColumnDef, TableDef } from '../../schema/types';
import { isEntityRef, type StoredRow, type StoredValue } from '../store/values';

/** A column value as conditions, sorting and grouping compare it: dates as epoch ms, references as their GUID. */
export type Comparable = string | number | boolean | readonly number[];

/** The stored value of a column; the primary key is the row's id. */
export function storedValueOf(table: TableDef, column: ColumnDef, row: StoredRow): StoredValue {
  if (column.name === table.primaryIdAttribute) return row.id;
  return row.values[column.name] ?? null;
}

export function comparableOf(column: ColumnDef, value: StoredValue): Comparable | null {
  if (value === null) return null;
  if (isEntityRef(value)) return value.id.toLowerCase();
  if (column.type === 'datetime') {
    const ms = typeof value === 'string' ? Date.parse(value) : NaN;
    return Number.isNaN(ms) ? null : ms;
  }
  if (column.type === 'uniqueidentifier' && typeof value === 'string') return value.toLowerCase();
  return value;
}

/** The value as the Web API writes it: a lookup as its GUID, a multi-select choice as "1,2,3". */
export function jsonValueOf(value: StoredValue): string | number | boolean | null {
  if (value === null) return null;
  if (isEntityRef(value)) return value.id;
  if (Array.isArray(value)) return value.join(',');
  return value as string | number | boolean;
}

export function isLookup(column: ColumnDef): boolean {
  return column.type === 'lookup' || column.type === 'owner' || column.type === 'customer';
}

export function isChoice(column: ColumnDef): boolean {
  return column.type === 'picklist' || column.type === 'state' || column.type === 'status';
}

export function isText(column: ColumnDef): boolean {
  return column.type === 'string' || column.type === 'memo' || column.type === 'entityname';
}

/** Columns Dataverse returns: readable ones (serviceendpoint.authvalue, for one, is not). */
export function readableColumns(table: TableDef): readonly ColumnDef[] {
  return table.columns.filter((c) => c.validForRead !== false);
}
