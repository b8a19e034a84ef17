import type { ColumnDef, ColumnType } from '../../schema/types';

/** The Edm primitive types the Web API gives Dataverse columns (named in its error messages). */
export type EdmType =
  | 'Edm.String'
  | 'Edm.Guid'
  | 'Edm.Int32'
  | 'Edm.Int64'
  | 'Edm.Decimal'
  | 'Edm.Double'
  | 'Edm.Boolean'
  | 'Edm.DateTimeOffset'
  | 'Edm.Date';

/** How two values of a type are compared: all numbers alike, dates as instants, strings by collation. */
export type ValueClass = 'string' | 'guid' | 'number' | 'boolean' | 'datetime';

const COLUMN_EDM: Record<ColumnType, EdmType> = {
  uniqueidentifier: 'Edm.Guid',
  string: 'Edm.String',
  memo: 'Edm.String',
  integer: 'Edm.Int32',
  bigint: 'Edm.Int64',
  decimal: 'Edm.Decimal',
  double: 'Edm.Double',
  money: 'Edm.Decimal',
  boolean: 'Edm.Boolean',
  datetime: 'Edm.DateTimeOffset',
  picklist: 'Edm.Int32',
  // Choices (multi-select) travel as a comma-separated string of values, e.g. "1,3".
  multiselect: 'Edm.String',
  state: 'Edm.Int32',
  status: 'Edm.Int32',
  // A lookup's `_x_value` property holds the related row's GUID.
  lookup: 'Edm.Guid',
  owner: 'Edm.Guid',
  customer: 'Edm.Guid',
  entityname: 'Edm.String',
};

export function edmTypeOf(column: ColumnDef): EdmType {
  return COLUMN_EDM[column.type];
}

export function valueClassOf(edm: EdmType): ValueClass {
  switch (edm) {
    case 'Edm.String':
      return 'string';
    case 'Edm.Guid':
      return 'guid';
    case 'Edm.Boolean':
      return 'boolean';
    case 'Edm.DateTimeOffset':
    case 'Edm.Date':
      return 'datetime';
    default:
      return 'number';
  }
}

/** Lookup-like columns: held as an EntityRef, exposed as `_<name>_value`. */
export function isLookupType(type: ColumnType): boolean {
  return type === 'lookup' || type === 'owner' || type === 'customer';
}
