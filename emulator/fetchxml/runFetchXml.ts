import type { Catalog } from '../metadata/catalog';
import { LIMITS, toAnnotationFilter, type AnnotationFilter, type AnnotationSpec } from '../odata';
import type { Store } from '../store/Store';
import { aggregateRows } from './aggregateRows';
import { ANNOTATION } from './annotations';
import { bindQuery } from './bindQuery';
import type { BoundQuery } from './boundQuery';
import type { JoinedRow } from './evaluateFilter';
import type { FetchQuery } from './fetchQuery';
import { joinRows } from './joinRows';
import { pageRecords } from './pageRecords';
import { pageWindow, planPage, type PagePlan } from './paging';
import type { ReadCookie } from './pagingCookie';
import { readPagingCookie } from './pagingCookie';
import { parseFetch } from './parseFetch';
import { projectRow } from './projectRow';
import { sortRows } from './sortRows';
import type { OutputContext, ResultRow } from './writeColumn';
import { parseXml } from './xmlTree';

export interface FetchXmlOptions {
  /** `Prefer: odata.maxpagesize`: the page size when the fetch has no `count`. */
  readonly maxPageSize?: number;
  /** `Prefer: odata.include-annotations` (parseAnnotationPreference), `'*'`, or the annotation names. */
  readonly annotations?: AnnotationSpec;
  /** `$count=true` on the request, which asks for the same total as `returntotalrecordcount` (count-rows docs). */
  readonly count?: boolean;
  readonly now?: () => Date;
}

export interface FetchXmlResult {
  /** The logical name of the fetch's entity; the caller checks it matches the entity set of the URL. */
  readonly entity: string;
  readonly entitySet: string;
  /** The rows as the Web API returns them for `?fetchXml=`. */
  readonly value: ResultRow[];
  readonly moreRecords: boolean;
  /** The `@Microsoft.Dynamics.CRM.fetchxmlpagingcookie` value, when there are more records and the query allows one. */
  readonly pagingCookie?: string;
  /** Up to 5,000, when returntotalrecordcount or `$count` asked for it. */
  readonly totalRecordCount?: number;
  readonly totalRecordCountLimitExceeded?: boolean;
  /**
   * The top-level response properties Dataverse adds for this request: `@odata.count`, and the total-count, more-records
   * and paging-cookie annotations when the Prefer header asks for them (none on the last page).
   */
  readonly bodyAnnotations: Readonly<Record<string, unknown>>;
}

/** Runs a FetchXML query against the emulator's rows: a pure function of the store, the catalog and the query. */
export function runFetchXml(
  store: Store,
  catalog: Catalog,
  fetchXml: string,
  options: FetchXmlOptions = {},
): FetchXmlResult {
  const fetch = parseFetch(parseXml(fetchXml));
  const plan = planPage(fetch, options.maxPageSize);
  const cookie = fetch.pagingCookie !== undefined ? readPagingCookie(fetch.pagingCookie) : undefined;
  const query = bindQuery(fetch, catalog, (options.now ?? (() => new Date()))().getTime());
  const annotations = toAnnotationFilter(options.annotations ?? []);
  const ctx: OutputContext = { annotations, store, catalog };
  const { value, total, moreRecords, pagingCookie } = selectPage(
    fetch,
    query,
    joinRows(query, store),
    plan,
    cookie,
    ctx,
  );
  const counted = fetch.returnTotalRecordCount || options.count === true;
  const totals = counted
    ? { totalRecordCount: Math.min(total, LIMITS.maxCount), totalRecordCountLimitExceeded: total > LIMITS.maxCount }
    : {};
  return {
    entity: query.root.table.logicalName,
    entitySet: query.root.table.entitySetName,
    value,
    moreRecords,
    ...(pagingCookie !== undefined ? { pagingCookie } : {}),
    ...totals,
    bodyAnnotations: bodyAnnotations(annotations, moreRecords, pagingCookie, totals),
  };
}

interface SelectedPage {
  readonly value: ResultRow[];
  readonly total: number;
  readonly moreRecords: boolean;
  readonly pagingCookie?: string;
}

/**
 * Records are sorted, paged, and only the page is shaped; aggregate and distinct rows exist only once shaped, so
 * every one is built before the page is cut.
 */
function selectPage(
  fetch: FetchQuery,
  query: BoundQuery,
  joined: readonly JoinedRow[],
  plan: PagePlan,
  cookie: ReadCookie | undefined,
  ctx: OutputContext,
): SelectedPage {
  if (fetch.aggregate || fetch.distinct) {
    const all = fetch.aggregate
      ? aggregateRows(query, joined, ctx)
      : distinctRows(sortRows(query, joined, ctx).map((r) => projectRow(query, r, ctx)));
    const window = pageWindow(all.length, plan);
    return { value: all.slice(window.start, window.end), total: all.length, moreRecords: window.moreRecords };
  }
  const sorted = sortRows(query, joined, ctx);
  const page = pageRecords(query, sorted, plan, cookie);
  return {
    value: sorted.slice(page.start, page.end).map((r) => projectRow(query, r, ctx)),
    total: sorted.length,
    moreRecords: page.moreRecords,
    ...(page.pagingCookie !== undefined ? { pagingCookie: page.pagingCookie } : {}),
  };
}

/** Distinct rows: the first of each set of rows with the same values, in order. */
function distinctRows(rows: readonly ResultRow[]): ResultRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function bodyAnnotations(
  annotations: AnnotationFilter,
  moreRecords: boolean,
  pagingCookie: string | undefined,
  totals: { totalRecordCount?: number; totalRecordCountLimitExceeded?: boolean },
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (totals.totalRecordCount !== undefined) {
    body['@odata.count'] = totals.totalRecordCount;
    if (annotations.includes(ANNOTATION.totalRecordCount))
      body[`@${ANNOTATION.totalRecordCount}`] = totals.totalRecordCount;
    if (annotations.includes(ANNOTATION.totalRecordCountLimitExceeded)) {
      body[`@${ANNOTATION.totalRecordCountLimitExceeded}`] = totals.totalRecordCountLimitExceeded;
    }
  }
  if (pagingCookie !== undefined && annotations.includes(ANNOTATION.pagingCookie))
    body[`@${ANNOTATION.pagingCookie}`] = pagingCookie;
  if (moreRecords && annotations.includes(ANNOTATION.moreRecords)) body[`@${ANNOTATION.moreRecords}`] = true;
  return body;
}
