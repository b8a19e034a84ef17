import type { BoundQuery } from './boundQuery';
import type { Comparable } from './columnValues';
import { compareNullable } from './compareValues';
import type { JoinedRow } from './evaluateFilter';
import { sortKeyOf, type SortContext } from './sortKeys';

/**
 * Orders joined rows by the query's orders, then by each joined row's id, so that every order is total and pages
 * never overlap (Dataverse likewise needs a unique order to page reliably).
 */
export function sortRows(
  query: BoundQuery,
  rows: readonly JoinedRow[],
  ctx: Omit<SortContext, 'useRawOrderBy'>,
): JoinedRow[] {
  const sortContext: SortContext = { ...ctx, useRawOrderBy: query.fetch.useRawOrderBy };
  const keys = query.orders.map((order) => {
    const scope = order.kind === 'column' ? order.scope : order.attribute.scope;
    const column = order.kind === 'column' ? order.column : order.attribute.column;
    return { scope, column, direction: order.descending ? -1 : 1 };
  });
  const decorated = rows.map((row) => ({
    row,
    values: keys.map((k): Comparable | null => sortKeyOf(k.scope, k.column, row[k.scope.index], sortContext)),
  }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const c = compareNullable(a.values[i] ?? null, b.values[i] ?? null) * (keys[i]?.direction ?? 1);
      if (c !== 0) return c;
    }
    for (let s = 0; s < query.scopes.length; s++) {
      const c = compareNullable(a.row[s]?.id ?? null, b.row[s]?.id ?? null);
      if (c !== 0) return c;
    }
    return 0;
  });
  return decorated.map((d) => d.row);
}
