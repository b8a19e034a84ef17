import type { ColumnType, TableDef } from '../../schema/types';
import type { IndexKind } from './indexKey';
import type { Store } from './Store';

/** How each column type is filed; date-times and multi-select choices are not indexed (queries scan for them). */
const KIND: Readonly<Record<ColumnType, IndexKind | undefined>> = {
  uniqueidentifier: 'text',
  lookup: 'text',
  owner: 'text',
  customer: 'text',
  string: 'text',
  memo: 'text',
  entityname: 'text',
  integer: 'number',
  bigint: 'number',
  decimal: 'number',
  double: 'number',
  money: 'number',
  picklist: 'number',
  state: 'number',
  status: 'number',
  boolean: 'boolean',
  datetime: undefined,
  multiselect: undefined,
};

export function indexKindOf(type: ColumnType): IndexKind | undefined {
  return KIND[type];
}

/**
 * Indexes what Dataverse keeps indexed, so look-ups cost the same at any table size: every lookup (a foreign key),
 * every alternate-key column ("alternate key fields are always indexed",
 * https://learn.microsoft.com/training/modules/create-manage-fields-within-entity/7-alternate-key) and every column
 * declared `indexed`, the ones clients look rows up by — Dataverse itself adapts to the queries it runs ("Automatic
 * query optimization", https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/optimize-performance).
 * The primary key needs none: rows are held by id.
 */
export function defineIndexes(store: Store, tables: readonly TableDef[]): void {
  for (const table of tables) {
    const keyColumns = new Set((table.alternateKeys ?? []).flat());
    for (const column of table.columns) {
      const kind = indexKindOf(column.type);
      const lookup = column.type === 'lookup' || column.type === 'owner' || column.type === 'customer';
      const wanted = lookup || column.indexed === true || keyColumns.has(column.name);
      if (kind && wanted && column.name !== table.primaryIdAttribute)
        store.defineIndex(table.logicalName, column.name, kind);
    }
  }
}
