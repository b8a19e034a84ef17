import type { Catalog } from '../../metadata/catalog';
import type { Store } from '../../store/Store';
import { RelatedRows } from './RelatedRows';

/** What evaluating, ordering and expanding a query needs: the data, the tables, and the clock for date functions. */
export interface QueryContext {
  readonly store: Store;
  readonly catalog: Catalog;
  /** Epoch ms; date functions (Today, LastXDays…) are relative to it. */
  readonly now: number;
  readonly related: RelatedRows;
}

export function queryContext(store: Store, catalog: Catalog, now: Date = new Date()): QueryContext {
  return { store, catalog, now: now.getTime(), related: new RelatedRows(store) };
}
