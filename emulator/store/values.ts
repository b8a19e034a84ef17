/**
 * How the emulator holds a column value in memory, by column type (schema/types.ts):
 * uniqueidentifier → lowercase GUID string; string/memo → string; integer/bigint/decimal/double/money → number;
 * boolean → boolean; datetime → ISO-8601 UTC string ("2026-11-23T19:35:14Z"); picklist/state/status → number;
 * multiselect → number[]; lookup/owner/customer → EntityRef; or null.
 */
export interface EntityRef {
  readonly id: string;
  readonly logicalName: string;
}

export type StoredValue = string | number | boolean | readonly number[] | EntityRef | null;

export type RowValues = Readonly<Record<string, StoredValue>>;

export interface StoredRow {
  readonly table: string;
  readonly id: string;
  readonly values: RowValues;
  /** The row version; the ETag is `W/"<version>"`. */
  readonly version: number;
}

export function isEntityRef(value: StoredValue | undefined): value is EntityRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'logicalName' in value;
}

export function etagOf(row: StoredRow): string {
  return `W/"${row.version}"`;
}
