import type { ColumnDef } from '../../../schema/types';
import type { Catalog } from '../../metadata/catalog';
import type { Store } from '../../store/Store';
import type { StoredValue } from '../../store/values';
import { isEntityRef } from '../../store/values';

/**
 * The `OData.Community.Display.V1.FormattedValue` of a value, as an English (1033) user on UTC sees it
 * (select-columns.md, "Formatted values"): choice labels, "Yes"/"No" (or the column's labels), the related row's
 * primary name for lookups, "$20,000.00" for money, "1,234" for whole numbers, "4/7/2023 2:59 PM" for date-times.
 * Undefined where Dataverse gives no formatted value (text, GUIDs) or the value is null.
 */
export function formattedValue(
  column: ColumnDef,
  value: StoredValue | undefined,
  store: Store,
  catalog: Catalog,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  switch (column.type) {
    case 'picklist':
    case 'state':
    case 'status':
      return typeof value === 'number' ? column.options?.[value] : undefined;
    case 'multiselect':
      return Array.isArray(value)
        ? (value as readonly number[]).map((v) => column.options?.[v] ?? String(v)).join('; ')
        : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? (column.options?.[value ? 1 : 0] ?? (value ? 'Yes' : 'No')) : undefined;
    case 'money':
      return typeof value === 'number' ? money(value) : undefined;
    case 'integer':
    case 'bigint':
      return typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 0 }) : undefined;
    case 'decimal':
    case 'double':
      return typeof value === 'number'
        ? value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : undefined;
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? dateTime(new Date(value)) : undefined;
    case 'lookup':
    case 'owner':
    case 'customer':
      return isEntityRef(value) ? primaryName(value.logicalName, value.id, store, catalog) : undefined;
    default:
      return undefined;
  }
}

/** The related row's primary name column, when the row and a name exist. */
export function primaryName(table: string, id: string, store: Store, catalog: Catalog): string | undefined {
  const def = catalog.byLogicalName(table);
  const name = def ? store.get(table, id)?.values[def.primaryNameAttribute] : undefined;
  return typeof name === 'string' ? name : undefined;
}

function money(value: number): string {
  const text = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${value < 0 ? '-' : ''}$${text}`;
}

/** "4/7/2023 2:59 PM" in UTC, built by hand: ICU versions differ in the space before AM/PM. */
function dateTime(d: Date): string {
  const hours = d.getUTCHours();
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}
