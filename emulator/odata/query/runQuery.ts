import type { TableDef } from '../../../schema/types';
import type { Catalog } from '../../metadata/catalog';
import type { Store } from '../../store/Store';
import type { StoredRow } from '../../store/values';
import type { Comparable } from '../filter/bound';
import { matches } from '../filter/evaluate';
import { LIMITS } from '../names';
import type { QueryOptions } from '../options/QueryOptions';
import { compareKeys } from './compareValues';
import { indexedCandidates } from './indexedCandidates';
import { pageInIdOrder } from './pageInIdOrder';
import { pageRequest, pageResult, type QueryPaging, type QueryResult } from './pageRequest';
import { queryContext } from './QueryContext';
import type { KeyedRow } from './sortRows';
import { sortRows } from './sortRows';

export type { QueryPaging, QueryResult } from './pageRequest';

/**
 * Runs a query over a table's rows (or over `candidates`, e.g. the rows of a collection-valued navigation): filter,
 * order (then primary id), and page as Dataverse does (pageRequest); the next page starts after the last row of this
 * one. Indexes only choose which rows are tested: a filter term on an indexed column narrows them
 * (indexedCandidates), and a query in id order walks the ids from the skip token (pageInIdOrder) unless an index
 * narrows to less than a page; the result is the same as testing every row.
 */
export function runQuery(
  store: Store,
  catalog: Catalog,
  table: TableDef,
  options: QueryOptions,
  paging: QueryPaging = {},
  candidates?: Iterable<StoredRow>,
): QueryResult {
  const ctx = queryContext(store, catalog, paging.now);
  const request = pageRequest(table, options, paging);
  const filter = options.filter;
  let source = candidates;
  if (source === undefined) {
    const narrowed = filter ? indexedCandidates(store, table, filter) : undefined;
    if (!narrowed || narrowed.size > LIMITS.maxPageSize) {
      const walked = pageInIdOrder(table, options, request, ctx);
      if (walked) return walked;
    }
    source = narrowed ? narrowed.rows() : store.rows(table.logicalName);
  }
  const rows = [...source];
  const matched = filter ? rows.filter((row) => matches(filter, row, ctx)) : rows;
  const sorted = sortRows(matched, table, options.orderBy, ctx);
  const start = request.after ? firstAfter(sorted, request.after, request.descending) : 0;
  const slice = sorted.slice(start, start + request.size);
  return pageResult(request, slice, start + request.size < sorted.length, options, matched.length);
}

/** Binary search: the index of the first row ordered strictly after the cursor. */
function firstAfter(
  sorted: readonly KeyedRow[],
  cursor: readonly Comparable[],
  descending: readonly boolean[],
): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareKeys(sorted[mid]!.keys, cursor, descending) > 0) high = mid;
    else low = mid + 1;
  }
  return low;
}
