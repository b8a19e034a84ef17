import type { TableDef } from '../../../schema/types';
import { compareStrings } from '../collation';
import type { CompareOp } from '../filter/ast';
import type { BoundFilter } from '../filter/bound';
import { matches } from '../filter/evaluate';
import type { QueryOptions } from '../options/QueryOptions';
import { compareKeys } from './compareValues';
import { conjuncts, ownColumn } from './indexedCandidates';
import { pageResult, type PageRequest, type QueryResult } from './pageRequest';
import type { QueryContext } from './QueryContext';
import { keyedRow, type KeyedRow } from './sortRows';

/** `value op column` read the other way round: `value op' column` holds when `column op value` does. */
const FLIPPED: Readonly<Record<CompareOp, CompareOp>> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

/**
 * A page of a query ordered by the primary key alone (no $orderby, or the id ascending) and without `$count`, read by
 * walking the table's ids in order from where the skip token left off (and from the filter's own id bounds, such as
 * a partition's `leadid ge … and leadid lt …`) until the page is full and one more row shows that more follow. It
 * costs the rows walked, not the table, and gives exactly the page that sorting every matching row would: ids are
 * ordered with the same collation. Undefined when the query is of another kind or the store keeps no id order.
 */
export function pageInIdOrder(
  table: TableDef,
  options: QueryOptions,
  request: PageRequest,
  ctx: QueryContext,
): QueryResult | undefined {
  if (options.count) return undefined;
  const pk = table.primaryIdAttribute;
  if (!options.orderBy.every((k) => k.column.name === pk && !k.descending)) return undefined;
  const ids = ctx.store.orderedIds(table.logicalName, compareStrings);
  if (!ids) return undefined;
  const filter = options.filter;
  const bounds = filter ? idBounds(filter, pk) : [];
  const holds = (id: string, op: CompareOp, value: string) => {
    const c = compareStrings(id, value);
    return op === 'gt' ? c > 0 : op === 'ge' ? c >= 0 : op === 'lt' ? c < 0 : c <= 0;
  };
  const lower = bounds.filter((b) => b.op === 'gt' || b.op === 'ge');
  const upper = bounds.filter((b) => b.op === 'lt' || b.op === 'le');
  const after = request.after;
  let i = firstIndex(
    ids,
    (id) =>
      (after === undefined ||
        compareKeys(
          request.names.map(() => id),
          after,
          request.descending,
        ) > 0) &&
      lower.every((b) => holds(id, b.op, b.value)),
  );
  const wanted = request.paged ? request.size + 1 : request.size;
  const found: KeyedRow[] = [];
  for (; i < ids.length && found.length < wanted; i++) {
    const id = ids[i] as string;
    if (!upper.every((b) => holds(id, b.op, b.value))) break;
    const row = ctx.store.get(table.logicalName, id);
    if (!row || (filter && !matches(filter, row, ctx))) continue;
    found.push(keyedRow(row, table, options.orderBy, ctx));
  }
  return pageResult(request, found.slice(0, request.size), found.length > request.size, options);
}

interface IdBound {
  readonly op: CompareOp;
  readonly value: string;
}

/** The comparisons of the primary id with a value that the filter's top-level `and` requires. */
function idBounds(filter: BoundFilter, pk: string): IdBound[] {
  const bounds: IdBound[] = [];
  for (const term of conjuncts(filter)) {
    if (term.kind !== 'compare') continue;
    const left = ownColumn(term.left);
    const column = left ?? ownColumn(term.right);
    const other = left ? term.right : term.left;
    if (column?.column.name !== pk || other.kind !== 'const' || typeof other.value !== 'string') continue;
    bounds.push({ op: left ? term.op : FLIPPED[term.op], value: other.value });
  }
  return bounds;
}

/** Binary search: the first index where `passes` holds, for a test that fails up to some index and holds after it. */
function firstIndex(ids: readonly string[], passes: (id: string) => boolean): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (passes(ids[mid] as string)) high = mid;
    else low = mid + 1;
  }
  return low;
}
