import type { StoredRow } from '../../store/values';
import { matches } from '../filter/evaluate';
import { LIMITS } from '../names';
import type { ExpandOption } from '../options/QueryOptions';
import type { QueryContext } from './QueryContext';
import { sortRows } from './sortRows';

/**
 * The related rows of a collection-valued navigation for one parent row, with the expansion's $filter, $orderby
 * and $top. Not paged: "up to 5,000 related records can be returned for each expanded collection-valued
 * navigation property" (join-tables.md).
 */
export function expandCollection(parent: StoredRow, option: ExpandOption, ctx: QueryContext): StoredRow[] {
  const filter = option.filter;
  const children = ctx.related.children(option.navigation, parent);
  const kept = filter ? children.filter((row) => matches(filter, row, ctx)) : children;
  const limit = Math.min(option.top ?? LIMITS.maxPageSize, LIMITS.maxPageSize);
  return sortRows(kept, option.table, option.orderBy, ctx)
    .slice(0, limit)
    .map((k) => k.row);
}
