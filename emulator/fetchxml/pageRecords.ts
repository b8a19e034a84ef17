import type { BoundLink, BoundQuery } from './boundQuery';
import { jsonValueOf, storedValueOf } from './columnValues';
import type { JoinedRow } from './evaluateFilter';
import { pageWindow, type PagePlan, type PageWindow } from './paging';
import { buildPagingCookie, cookieGuid, guidFromCookie, type CookieColumn, type ReadCookie } from './pagingCookie';

export interface RecordPage extends PageWindow {
  readonly pagingCookie?: string;
}

/**
 * Picks the page of sorted records. A paging cookie for the page before this one resumes right after its last
 * record, so rows added or removed earlier in the order do not shift the pages; any other cookie is ignored, as
 * Dataverse ignores one for a non-consecutive page, and simple paging applies.
 */
export function pageRecords(
  query: BoundQuery,
  sorted: readonly JoinedRow[],
  plan: PagePlan,
  cookie: ReadCookie | undefined,
): RecordPage {
  const pk = query.root.table.primaryIdAttribute;
  const supported = supportsCookie(query);
  let start: number | undefined;
  if (cookie && supported && plan.top === undefined && cookie.page === plan.page - 1) {
    const lastId = guidFromCookie(cookie.last.get(pk));
    const at = lastId === undefined ? -1 : sorted.findIndex((row) => row[0]?.id === lastId);
    if (at >= 0) start = at + 1;
  }
  const window = pageWindow(sorted.length, plan, start);
  const first = sorted[window.start];
  const last = sorted[window.end - 1];
  if (!window.moreRecords || !supported || !first || !last) return window;
  return { ...window, pagingCookie: buildPagingCookie(plan.page, cookieColumns(query, first, last)) };
}

/**
 * Dataverse returns no cookie for some queries ("Queries that don't support paging cookies"): here, those where a
 * root record can span several rows (a one-to-many link), orders on a link-entity, distinct and aggregate ones.
 */
function supportsCookie(query: BoundQuery): boolean {
  const oneRowPerRecord = (links: readonly BoundLink[]): boolean =>
    links.every(
      (l) =>
        l.linkType === 'exists' ||
        l.linkType === 'in' ||
        (l.from.name === l.scope.table.primaryIdAttribute && oneRowPerRecord(l.links)),
    );
  const rootOrdersOnly = query.orders.every((o) => (o.kind === 'column' ? o.scope : o.attribute.scope).index === 0);
  return !query.fetch.aggregate && !query.fetch.distinct && rootOrdersOnly && oneRowPerRecord(query.links);
}

function cookieColumns(query: BoundQuery, first: JoinedRow, last: JoinedRow): CookieColumn[] {
  const root = query.root.table;
  const text = (row: JoinedRow, column: (typeof root.columns)[number]) => {
    const stored = row[0];
    const value = stored ? jsonValueOf(storedValueOf(root, column, stored)) : null;
    return value === null ? '' : String(value);
  };
  const columns: CookieColumn[] = [];
  for (const order of query.orders) {
    const column = order.kind === 'column' ? order.column : order.attribute.column;
    if (column.name === root.primaryIdAttribute) continue;
    columns.push({ name: column.name, first: text(first, column), last: text(last, column) });
  }
  columns.push({
    name: root.primaryIdAttribute,
    first: cookieGuid(first[0]?.id ?? ''),
    last: cookieGuid(last[0]?.id ?? ''),
  });
  return columns;
}
