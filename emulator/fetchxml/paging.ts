import { LIMITS } from '../odata';
import { fetchFault } from './fetchFaults';
import type { FetchQuery } from './fetchQuery';

/** "Page results using FetchXml": the default and maximum page size is 5,000 rows; `top` cannot exceed 5,000 (fetch). */
const MAX_PAGE_SIZE = LIMITS.maxPageSize;

export interface PagePlan {
  readonly top?: number;
  readonly size: number;
  readonly page: number;
}

/** Which rows to return: the first `top`, or page `page` of `count` rows (default and maximum 5,000). */
export function planPage(fetch: FetchQuery, maxPageSize: number | undefined): PagePlan {
  if (fetch.top !== undefined) {
    // "Don't use the fetch element top attribute with paging" (page-results) and not with returntotalrecordcount
    // (count-rows): Dataverse refuses the combination.
    if (fetch.count !== undefined || fetch.page !== undefined || fetch.pagingCookie !== undefined) {
      throw fetchFault.invalid(
        "The 'top' attribute cannot be combined with the paging attributes 'count', 'page' or 'paging-cookie'.",
      );
    }
    if (fetch.returnTotalRecordCount)
      throw fetchFault.invalid("The 'top' attribute cannot be combined with 'returntotalrecordcount'.");
    if (fetch.top > MAX_PAGE_SIZE)
      throw fetchFault.invalid(`The 'top' attribute cannot exceed ${MAX_PAGE_SIZE}; it is ${fetch.top}.`);
    return { top: fetch.top, size: fetch.top, page: 1 };
  }
  const size = Math.min(fetch.count ?? maxPageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  return { size, page: fetch.page ?? 1 };
}

export interface PageWindow {
  readonly start: number;
  readonly end: number;
  readonly moreRecords: boolean;
}

/** The slice of `total` rows the plan selects; `start` overrides simple paging when a paging cookie located it. */
export function pageWindow(total: number, plan: PagePlan, start?: number): PageWindow {
  if (plan.top !== undefined) return { start: 0, end: Math.min(plan.top, total), moreRecords: false };
  const from = start ?? (plan.page - 1) * plan.size;
  const end = Math.min(from + plan.size, total);
  return { start: from, end: Math.max(from, end), moreRecords: from + plan.size < total };
}
