import type { ColumnDef, TableDef } from '../../schema/types';
import { fault } from '../errors/faults';
import type { StoredValue } from '../store/values';
import { edmTypeOf } from '../odata/edm';
import { normalizeGuid } from './guid';

/**
 * Converts one JSON property of a create/update body to the stored value, enforcing the column's type, length,
 * range and choices as Dataverse does.
 */
export function coerceValue(table: TableDef, column: ColumnDef, raw: unknown): StoredValue {
  if (raw === null) return null;
  const mismatch = () =>
    fault.payload(
      table.entitySetName,
      `Cannot convert the literal '${String(typeof raw === 'object' ? JSON.stringify(raw) : raw)}' to the expected type '${edmTypeOf(column)}'.`,
    );
  switch (column.type) {
    case 'string':
    case 'memo':
    case 'entityname': {
      if (typeof raw !== 'string') throw mismatch();
      if (column.maxLength !== undefined && raw.length > column.maxLength) {
        throw fault.tooLong(table.logicalName, column.name, column.maxLength);
      }
      return raw;
    }
    case 'integer':
    case 'bigint':
    case 'decimal':
    case 'double':
    case 'money': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) throw mismatch();
      if ((column.type === 'integer' || column.type === 'bigint') && !Number.isInteger(raw)) throw mismatch();
      if ((column.min !== undefined && raw < column.min) || (column.max !== undefined && raw > column.max)) {
        throw fault.outOfRange(table.logicalName, column.name, raw);
      }
      return raw;
    }
    case 'boolean':
      if (typeof raw !== 'boolean') throw mismatch();
      return raw;
    case 'datetime': {
      if (typeof raw !== 'string') throw mismatch();
      const ms = Date.parse(raw);
      if (Number.isNaN(ms)) throw mismatch();
      return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    case 'picklist':
    case 'state':
    case 'status': {
      if (typeof raw !== 'number' || !Number.isInteger(raw)) throw mismatch();
      if (column.options && !(raw in column.options)) throw fault.outOfRange(table.logicalName, column.name, raw);
      return raw;
    }
    case 'multiselect': {
      // The Web API sends multi-select choices as a comma-separated string: "1,3,5".
      if (typeof raw !== 'string') throw mismatch();
      const values = raw === '' ? [] : raw.split(',').map((v) => Number(v.trim()));
      for (const v of values) {
        if (!Number.isInteger(v) || (column.options && !(v in column.options))) {
          throw fault.outOfRange(table.logicalName, column.name, v);
        }
      }
      return values;
    }
    case 'uniqueidentifier': {
      const id = typeof raw === 'string' ? normalizeGuid(raw) : undefined;
      if (!id) throw mismatch();
      return id;
    }
    case 'lookup':
    case 'owner':
    case 'customer':
      // Lookups are set through `<nav>@odata.bind`; a plain value is the error Dataverse gives for it.
      throw fault.payload(
        table.entitySetName,
        `A property '${column.name}' is a lookup; set it with '<navigation property>@odata.bind' instead.`,
      );
  }
}
