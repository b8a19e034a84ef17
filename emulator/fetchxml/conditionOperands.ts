import type { ColumnDef, TableDef } from '../../schema/types';
import { normalizeGuid } from '../writes/guid';
import type { Comparable } from './columnValues';
import { parseConditionDate } from './dateRanges';
import { fetchFault } from './fetchFaults';

/** The .NET type Dataverse names in its conversion errors, per column type. */
const DOTNET_TYPE: Record<ColumnDef['type'], string> = {
  uniqueidentifier: 'System.Guid',
  lookup: 'System.Guid',
  owner: 'System.Guid',
  customer: 'System.Guid',
  string: 'System.String',
  memo: 'System.String',
  entityname: 'System.String',
  integer: 'System.Int32',
  picklist: 'System.Int32',
  state: 'System.Int32',
  status: 'System.Int32',
  multiselect: 'System.Int32',
  bigint: 'System.Int64',
  decimal: 'System.Decimal',
  money: 'System.Decimal',
  double: 'System.Double',
  boolean: 'System.Boolean',
  datetime: 'System.DateTime',
};

/** Converts a condition's text value to the column's type, failing as Dataverse does when it cannot. */
export function parseOperand(table: TableDef, column: ColumnDef, raw: string): Comparable {
  const fail = (reason: string) =>
    fetchFault.conversion(raw, table.logicalName, column.name, DOTNET_TYPE[column.type], reason);
  const text = raw.trim();
  switch (column.type) {
    case 'string':
    case 'memo':
    case 'entityname':
      return raw;
    case 'integer':
    case 'bigint':
    case 'picklist':
    case 'state':
    case 'status':
    case 'multiselect':
      if (!/^[+-]?\d+$/.test(text)) throw fail('Input string was not in a correct format.');
      return Number(text);
    case 'decimal':
    case 'money':
    case 'double': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw fail('Input string was not in a correct format.');
      return n;
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (lower === 'true' || lower === '1') return true;
      if (lower === 'false' || lower === '0') return false;
      throw fail(`String '${raw}' was not recognized as a valid Boolean.`);
    }
    case 'datetime': {
      const ms = parseConditionDate(text);
      if (Number.isNaN(ms)) throw fail(`String '${raw}' was not recognized as a valid DateTime.`);
      return ms;
    }
    case 'uniqueidentifier':
    case 'lookup':
    case 'owner':
    case 'customer': {
      const id = normalizeGuid(text);
      if (!id) throw fail('Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).');
      return id;
    }
  }
}

/** The positive whole number the last-x / next-x operators take. */
export function parseCount(table: TableDef, column: ColumnDef, raw: string): number {
  const text = raw.trim();
  if (!/^\+?\d+$/.test(text)) {
    throw fetchFault.conversion(
      raw,
      table.logicalName,
      column.name,
      'System.Int32',
      'Input string was not in a correct format.',
    );
  }
  return Number(text);
}
