import type { ColumnDef } from '../../schema/types';
import type { Catalog } from '../metadata/catalog';
import { primaryName } from '../odata';
import type { Store } from '../store/Store';
import { isEntityRef, type StoredRow } from '../store/values';
import type { Scope } from './boundQuery';
import { comparableOf, isChoice, storedValueOf, type Comparable } from './columnValues';

/** What sorting needs to see beyond the row: the related rows a lookup names. */
export interface SortContext {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly useRawOrderBy: boolean;
}

/**
 * What Dataverse sorts a column by ("Order rows using FetchXml"): a lookup by the related record's primary name, a
 * choice by its label unless the fetch sets `useraworderby`, anything else by its value.
 */
export function sortKeyOf(
  scope: Scope,
  column: ColumnDef,
  row: StoredRow | undefined,
  ctx: SortContext,
): Comparable | null {
  if (!row) return null;
  const stored = storedValueOf(scope.table, column, row);
  if (isEntityRef(stored)) return primaryName(stored.logicalName, stored.id, ctx.store, ctx.catalog) ?? stored.id;
  if (isChoice(column) && !ctx.useRawOrderBy && typeof stored === 'number') return column.options?.[stored] ?? stored;
  return comparableOf(column, stored);
}
