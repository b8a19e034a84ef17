import type { ColumnDef } from '../../schema/types';
import { formattedValue } from '../odata';
import { foldString } from '../odata/collation';
import { isEntityRef, type StoredValue } from '../store/values';
import { ANNOTATION } from './annotations';
import type { BoundAttribute, BoundQuery } from './boundQuery';
import { comparableOf, jsonValueOf, storedValueOf, type Comparable } from './columnValues';
import { compareNullable } from './compareValues';
import { datePart } from './dateGrouping';
import type { JoinedRow } from './evaluateFilter';
import { fetchFault } from './fetchFaults';
import { sortKeyOf } from './sortKeys';
import type { OutputContext, ResultRow } from './writeColumn';

/** Counts and date parts are formatted as whole numbers ("1,500"). */
const WHOLE_NUMBER: ColumnDef = { name: 'count', type: 'integer' };

/** "Aggregate data using FetchXml", Limitations: aggregates read at most 50,000 records. */
const AGGREGATE_RECORD_LIMIT = 50_000;

interface Cell {
  /** The value as written to the result, or null to leave it out. */
  readonly json: string | number | boolean | null;
  readonly sortKey: Comparable | null;
  readonly formatted?: string;
  readonly lookupTable?: string;
}

/**
 * Groups the rows by the groupby attributes and computes each aggregate per group. Nulls are not counted by
 * countcolumn nor summed or averaged; sum of nothing is 0, as the docs' example table shows; avg of a whole-number
 * column is a whole number (their 35,200 over 9 rows averages 3,911).
 */
export function aggregateRows(query: BoundQuery, rows: readonly JoinedRow[], ctx: OutputContext): ResultRow[] {
  const limit = Math.min(AGGREGATE_RECORD_LIMIT, query.fetch.aggregateLimit ?? AGGREGATE_RECORD_LIMIT);
  if (rows.length > limit) throw fetchFault.aggregateLimit();
  const groupBy = query.attributes.filter((a) => a.groupBy);
  const groups = new Map<string, JoinedRow[]>();
  if (groupBy.length === 0) groups.set('', [...rows]);
  for (const row of groupBy.length > 0 ? rows : []) {
    const key = JSON.stringify(groupBy.map((a) => groupKeyPart(a, row)));
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const results = [...groups.values()].map((members) => {
    const cells = new Map(
      query.attributes.map((a) => [a, a.groupBy ? groupCell(query, a, members, ctx) : aggregateCell(a, members, ctx)]),
    );
    return { cells, row: toResultRow(query, cells, ctx) };
  });
  const orders = query.orders.flatMap((o) => (o.kind === 'alias' ? [o] : []));
  results.sort((x, y) => {
    for (const o of orders) {
      const c = compareNullable(x.cells.get(o.attribute)?.sortKey ?? null, y.cells.get(o.attribute)?.sortKey ?? null);
      if (c !== 0) return o.descending ? -c : c;
    }
    return 0;
  });
  return results.map((r) => r.row);
}

function valueOf(a: BoundAttribute, row: JoinedRow): Comparable | null {
  const stored = row[a.scope.index];
  return stored ? comparableOf(a.column, storedValueOf(a.scope.table, a.column, stored)) : null;
}

function groupKeyPart(a: BoundAttribute, row: JoinedRow): string | number | boolean | null {
  const value = valueOf(a, row);
  if (value === null) return null;
  if (a.dateGrouping !== undefined && typeof value === 'number') return datePart(a.dateGrouping, value);
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'string' ? foldString(value) : (value as number | boolean);
}

function groupCell(query: BoundQuery, a: BoundAttribute, members: readonly JoinedRow[], ctx: OutputContext): Cell {
  const first = members[0];
  const stored = first?.[a.scope.index];
  const value = stored ? storedValueOf(a.scope.table, a.column, stored) : null;
  if (value === null) return { json: null, sortKey: null };
  if (a.dateGrouping !== undefined) {
    const part = datePart(a.dateGrouping, Date.parse(String(value)));
    return { json: part, sortKey: part, ...formatted(WHOLE_NUMBER, part, ctx) };
  }
  return {
    json: jsonValueOf(value),
    sortKey: sortKeyOf(a.scope, a.column, stored, { ...ctx, useRawOrderBy: query.fetch.useRawOrderBy }),
    ...formatted(a.column, value, ctx),
    ...(isEntityRef(value) ? { lookupTable: value.logicalName } : {}),
  };
}

function aggregateCell(a: BoundAttribute, members: readonly JoinedRow[], ctx: OutputContext): Cell {
  const values = members.map((m) => valueOf(a, m)).filter((v): v is Comparable => v !== null);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const whole = a.column.type === 'integer' || a.column.type === 'bigint';
  const number = (n: number | null): Cell =>
    n === null
      ? { json: null, sortKey: null }
      : { json: n, sortKey: n, ...formatted(isCount(a) ? WHOLE_NUMBER : a.column, n, ctx) };
  switch (a.aggregate) {
    case 'count':
      return number(members.length);
    case 'countcolumn':
      return number(
        a.distinct
          ? new Set(values.map((v) => (typeof v === 'string' ? foldString(v) : String(v)))).size
          : values.length,
      );
    case 'sum':
      return number(numbers.reduce((s, n) => s + n, 0));
    case 'avg': {
      if (numbers.length === 0) return number(null);
      const mean = numbers.reduce((s, n) => s + n, 0) / numbers.length;
      return number(whole ? Math.trunc(mean) : mean);
    }
    case 'min':
    case 'max': {
      if (numbers.length === 0) return number(null);
      const n = numbers.reduce((m, x) => (a.aggregate === 'min' ? Math.min(m, x) : Math.max(m, x)));
      if (a.column.type !== 'datetime') return number(n);
      const iso = new Date(n).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return { json: iso, sortKey: n, ...formatted(a.column, iso, ctx) };
    }
    default:
      throw new Error(`attribute '${a.column.name}' has no aggregate function`);
  }
}

function formatted(column: ColumnDef, value: StoredValue, ctx: OutputContext): { formatted?: string } {
  const text = formattedValue(column, value, ctx.store, ctx.catalog);
  return text === undefined ? {} : { formatted: text };
}

function isCount(a: BoundAttribute): boolean {
  return a.aggregate === 'count' || a.aggregate === 'countcolumn';
}

function toResultRow(query: BoundQuery, cells: ReadonlyMap<BoundAttribute, Cell>, ctx: OutputContext): ResultRow {
  const out: ResultRow = {};
  for (const a of query.attributes) {
    const cell = cells.get(a);
    if (!cell || cell.json === null) continue;
    const key = a.alias ?? (a.scope.alias === undefined ? a.column.name : `${a.scope.alias}.${a.column.name}`);
    const wanted = (term: string) => ctx.annotations.includes(term);
    if (key !== a.column.name && wanted(ANNOTATION.attributeName))
      out[`${key}@${ANNOTATION.attributeName}`] = a.column.name;
    if (cell.formatted !== undefined && wanted(ANNOTATION.formattedValue))
      out[`${key}@${ANNOTATION.formattedValue}`] = cell.formatted;
    if (cell.lookupTable !== undefined && wanted(ANNOTATION.lookupLogicalName)) {
      out[`${key}@${ANNOTATION.lookupLogicalName}`] = cell.lookupTable;
    }
    out[key] = cell.json;
  }
  return out;
}
