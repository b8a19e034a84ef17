import type { TableDef } from '../../../schema/types';
import type { Catalog } from '../../metadata/catalog';
import type { Store } from '../../store/Store';
import type { StoredRow } from '../../store/values';
import { matches } from '../filter/evaluate';
import { LIMITS } from '../names';
import type { QueryOptions } from '../options/QueryOptions';
import { compareKeys } from './compareValues';
import { queryContext } from './QueryContext';
import type { KeyedRow } from './sortRows';
import { directions, sortRows } from './sortRows';
import { decodeSkipToken, encodeSkipToken } from './skipToken';

export interface QueryPaging {
  /** From `Prefer: odata.maxpagesize=n` (see parseMaxPageSize). */
  readonly maxPageSize?: number;
  /** `$skiptoken` of the page asked for; defaults to the one in the query options. */
  readonly skipToken?: string;
  /** The clock for date query functions (Today, LastXDays…); defaults to now. */
  readonly now?: Date;
}

export interface QueryResult {
  readonly rows: StoredRow[];
  /** `@odata.count`, when `$count=true`: the rows matching, at most 5,000. */
  readonly count?: number;
  /** `@Microsoft.Dynamics.CRM.totalrecordcount`: the count, or -1 without `$count=true` (count-rows.md). */
  readonly totalRecordCount: number;
  /** `@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded`. */
  readonly totalRecordCountLimitExceeded: boolean;
  /** Present when more rows follow: the `$skiptoken` for `@odata.nextLink`. */
  readonly nextSkipToken?: string;
}

/**
 * Runs a query over a table's rows (or over `candidates`, e.g. the rows of a collection-valued navigation): filter,
 * order (then primary id), and page as Dataverse does — 5,000 rows a page unless `Prefer: odata.maxpagesize` asks
 * for fewer; `$top` limits the result and is ignored when a page size is given (page-results.md); the next page
 * starts after the last row of this one.
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
  const filter = options.filter;
  const source = [...(candidates ?? store.rows(table.logicalName))];
  const matched = filter ? source.filter((row) => matches(filter, row, ctx)) : source;
  const sorted = sortRows(matched, table, options.orderBy, ctx);
  const names = [...options.orderBy.map((k) => k.property), table.primaryIdAttribute];
  const descending = directions(options.orderBy);

  let page = 1;
  let start = 0;
  const token = paging.skipToken ?? options.skipToken;
  if (token !== undefined) {
    const cursor = decodeSkipToken(token, names);
    page = cursor.page;
    start = firstAfter(sorted, cursor.keys, descending);
  }

  const paged = paging.maxPageSize !== undefined || options.top === undefined;
  const size = paged ? clampPageSize(paging.maxPageSize) : Math.min(options.top ?? 0, LIMITS.maxPageSize);
  const slice = sorted.slice(start, start + size);
  const last = slice[slice.length - 1];
  const first = slice[0];
  const more = paged && start + size < sorted.length && last !== undefined && first !== undefined;

  const total = matched.length;
  const count = options.count ? Math.min(total, LIMITS.maxCount) : undefined;
  return {
    rows: slice.map((k) => k.row),
    ...(count !== undefined ? { count } : {}),
    totalRecordCount: count ?? -1,
    totalRecordCountLimitExceeded: options.count && total > LIMITS.maxCount,
    ...(more ? { nextSkipToken: encodeSkipToken(page, names, last.keys, first.row.id) } : {}),
  };
}

function clampPageSize(requested: number | undefined): number {
  if (requested === undefined || !Number.isInteger(requested) || requested < 1) return LIMITS.maxPageSize;
  return Math.min(requested, LIMITS.maxPageSize);
}

/** Binary search: the index of the first row ordered strictly after the cursor. */
function firstAfter(
  sorted: readonly KeyedRow[],
  cursor: readonly (string | number | boolean | null)[],
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
