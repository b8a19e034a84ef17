import type { TableDef } from '../../../schema/types';
import type { StoredRow } from '../../store/values';
import type { Comparable } from '../filter/bound';
import { LIMITS } from '../names';
import type { QueryOptions } from '../options/QueryOptions';
import type { KeyedRow } from './sortRows';
import { directions } from './sortRows';
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

/** Which page a query asks for. */
export interface PageRequest {
  /** The skip token's elements: the $orderby properties, then the primary id. */
  readonly names: readonly string[];
  /** Per element of `names`, whether it orders descending. */
  readonly descending: readonly boolean[];
  /** The page number the skip token carries (1 without one), which the next skip token carries on. */
  readonly page: number;
  /** The keys of the last row served; the page starts strictly after it. */
  readonly after?: readonly Comparable[];
  /** False when `$top` without a page size limits the result: then no next page. */
  readonly paged: boolean;
  readonly size: number;
}

/**
 * 5,000 rows a page unless `Prefer: odata.maxpagesize` asks for fewer; `$top` limits the result and is ignored when a
 * page size is given (page-results.md).
 */
export function pageRequest(table: TableDef, options: QueryOptions, paging: QueryPaging): PageRequest {
  const names = [...options.orderBy.map((k) => k.property), table.primaryIdAttribute];
  const token = paging.skipToken ?? options.skipToken;
  const cursor = token !== undefined ? decodeSkipToken(token, names) : undefined;
  const paged = paging.maxPageSize !== undefined || options.top === undefined;
  return {
    names,
    descending: directions(options.orderBy),
    page: cursor?.page ?? 1,
    ...(cursor ? { after: cursor.keys } : {}),
    paged,
    size: paged ? clampPageSize(paging.maxPageSize) : Math.min(options.top ?? 0, LIMITS.maxPageSize),
  };
}

/**
 * The result for a page: its rows (already cut to the page), whether more follow, and the count of all matching rows
 * when `$count=true` asked for it (then `total` must be given).
 */
export function pageResult(
  request: PageRequest,
  slice: readonly KeyedRow[],
  more: boolean,
  options: QueryOptions,
  total?: number,
): QueryResult {
  const first = slice[0];
  const last = slice[slice.length - 1];
  const next = request.paged && more && first && last;
  const count = options.count ? Math.min(total ?? 0, LIMITS.maxCount) : undefined;
  return {
    rows: slice.map((k) => k.row),
    ...(count !== undefined ? { count } : {}),
    totalRecordCount: count ?? -1,
    totalRecordCountLimitExceeded: options.count && (total ?? 0) > LIMITS.maxCount,
    ...(next ? { nextSkipToken: encodeSkipToken(request.page, request.names, last.keys, first.row.id) } : {}),
  };
}

function clampPageSize(requested: number | undefined): number {
  if (requested === undefined || !Number.isInteger(requested) || requested < 1) return LIMITS.maxPageSize;
  return Math.min(requested, LIMITS.maxPageSize);
}
