import type { StoredRow } from '../store/values';
import type { BoundCondition, BoundFilter } from './boundQuery';
import { comparableOf, storedValueOf } from './columnValues';

/** One result row before projection: the root row at index 0, then each link-entity's row (or none). */
export type JoinedRow = readonly (StoredRow | undefined)[];

/** An empty filter holds; `and` needs every child, `or` any. */
export function evaluateFilter(filter: BoundFilter, row: JoinedRow): boolean {
  if (filter.children.length === 0) return true;
  const holds = (child: BoundCondition | BoundFilter) =>
    child.kind === 'filter' ? evaluateFilter(child, row) : evaluateCondition(child, row);
  return filter.type === 'and' ? filter.children.every(holds) : filter.children.some(holds);
}

/** A column of a link-entity that found no row (outer join) is null. */
function evaluateCondition(condition: BoundCondition, row: JoinedRow): boolean {
  const stored = row[condition.scope.index];
  const value = stored
    ? comparableOf(condition.column, storedValueOf(condition.scope.table, condition.column, stored))
    : null;
  return condition.test(value);
}
