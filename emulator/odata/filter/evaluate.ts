import type { StoredRow } from '../../store/values';
import { foldString } from '../collation';
import { memberTest } from '../memberTest';
import { compareValues } from '../query/compareValues';
import type { QueryContext } from '../query/QueryContext';
import { comparableValue, followHops } from '../query/rowValues';
import type { BoundFilter, Comparable, Operand, RowPath } from './bound';
import type { CompareOp } from './ast';

/** True when the row passes the filter; Dataverse drops rows whose filter is false or null (filter-rows.md). */
export function matches(filter: BoundFilter, row: StoredRow, ctx: QueryContext): boolean {
  return evaluate(filter, [row], ctx) === true;
}

/**
 * Evaluates with SQL's three-valued logic, since Dataverse runs filters as SQL: a comparison with a null column is
 * unknown (null), `not` of unknown stays unknown, and only `eq null` / `ne null` test for null. `scopes[0]` is the
 * queried row, later entries are lambda variables.
 */
export function evaluate(filter: BoundFilter, scopes: readonly StoredRow[], ctx: QueryContext): boolean | null {
  switch (filter.kind) {
    case 'constant':
      return filter.value;
    case 'logical': {
      const left = evaluate(filter.left, scopes, ctx);
      if (filter.op === 'and' ? left === false : left === true) return left;
      const right = evaluate(filter.right, scopes, ctx);
      if (filter.op === 'and' ? right === false : right === true) return right;
      return left === null || right === null ? null : left;
    }
    case 'not': {
      const value = evaluate(filter.operand, scopes, ctx);
      return value === null ? null : !value;
    }
    case 'compare':
      return compare(filter.op, filter.left, filter.right, scopes, ctx);
    case 'like': {
      const value = read(filter.operand, scopes, ctx);
      return value === null ? null : filter.regex.test(foldString(String(value)));
    }
    case 'in': {
      const value = read(filter.operand, scopes, ctx);
      if (value === null) return null;
      return inList(filter.values)(value);
    }
    case 'between': {
      const value = read(filter.operand, scopes, ctx);
      if (value === null || filter.low === null || filter.high === null) return null;
      return compareValues(value, filter.low) >= 0 && compareValues(value, filter.high) <= 0;
    }
    case 'isNull':
      return read(filter.operand, scopes, ctx) === null;
    case 'timeWindow': {
      const value = read(filter.operand, scopes, ctx);
      if (typeof value !== 'number') return null;
      const { from, to } = filter.window(ctx.now);
      return (from === undefined || value >= from) && (to === undefined || value < to);
    }
    case 'containValues': {
      const row = resolveRow(filter.operand, scopes, ctx);
      const stored = row?.values[filter.operand.column.name];
      return Array.isArray(stored) && filter.values.some((v) => (stored as readonly number[]).includes(v));
    }
    case 'lambda': {
      const parent = resolveRow(filter.source, scopes, ctx);
      const children = parent ? ctx.related.children(filter.navigation, parent) : [];
      const body = filter.body;
      if (!body) return children.length > 0;
      const holds = (child: StoredRow) => evaluate(body, [...scopes, child], ctx) === true;
      return filter.op === 'any' ? children.some(holds) : children.every(holds);
    }
  }
}

/** The membership test of an `In` list, made once per list (a bound filter lives as long as its query). */
const IN_LISTS = new WeakMap<readonly Comparable[], (value: Exclude<Comparable, null>) => boolean>();

function inList(values: readonly Comparable[]): (value: Exclude<Comparable, null>) => boolean {
  let test = IN_LISTS.get(values);
  if (!test) {
    const present = values.filter((v): v is Exclude<Comparable, null> => v !== null);
    test = memberTest(present, (a, b) => compareValues(a, b) === 0);
    IN_LISTS.set(values, test);
  }
  return test;
}

function compare(
  op: CompareOp,
  left: Operand,
  right: Operand,
  scopes: readonly StoredRow[],
  ctx: QueryContext,
): boolean | null {
  const a = read(left, scopes, ctx);
  const b = read(right, scopes, ctx);
  const nullLiteral = isNullLiteral(left) || isNullLiteral(right);
  if (nullLiteral) {
    // `x eq null` is IS NULL; `x ne null` is IS NOT NULL; ordering against null is unknown.
    const isNull = a === null && b === null;
    if (op === 'eq') return isNull;
    if (op === 'ne') return !isNull;
    return null;
  }
  if (a === null || b === null) return null;
  const c = compareValues(a, b);
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
  }
}

function isNullLiteral(operand: Operand): boolean {
  return operand.kind === 'const' && operand.value === null;
}

function read(operand: Operand, scopes: readonly StoredRow[], ctx: QueryContext): Comparable {
  if (operand.kind === 'const') return operand.value;
  if (operand.kind === 'predicate') return evaluate(operand.filter, scopes, ctx);
  const row = resolveRow(operand, scopes, ctx);
  return row ? comparableValue(row, operand.table, operand.column) : null;
}

function resolveRow(path: RowPath, scopes: readonly StoredRow[], ctx: QueryContext): StoredRow | undefined {
  return followHops(ctx.store, scopes[path.scope], path.hops);
}
