import type { ColumnDef, TableDef } from '../../schema/types';
import { foldString, likePattern, likeToRegExp } from '../odata/collation';
import { memberTest } from '../odata/memberTest';
import { isText, type Comparable } from './columnValues';
import { compareComparable, equalComparable } from './compareValues';
import { parseCount, parseOperand } from './conditionOperands';
import { inWindow, windowFor } from './dateRanges';
import { fetchFault } from './fetchFaults';
import type { FetchCondition } from './fetchQuery';
import { lookupOperator, type OperatorDef } from './operators';

export type ValueTest = (value: Comparable | null) => boolean;

export interface CompiledCondition {
  readonly test: ValueTest;
  /**
   * For `eq` and `in` (not on a multi-select column): the values one of which the column must equal for the test to
   * hold, so that an index can find the rows to test.
   */
  readonly equals?: readonly Comparable[];
}

/**
 * Turns one condition into a test of a column value. Values are read from the parsed XML and converted to the
 * column's type here, so a value is only ever data: nothing in it can change the query.
 */
export function compileCondition(
  table: TableDef,
  column: ColumnDef,
  condition: FetchCondition,
  now: number,
): CompiledCondition {
  const found = lookupOperator(condition.operator);
  if (found.kind === 'unknown') throw fetchFault.unknownOperator(condition.operator);
  if (found.kind === 'unsupported') throw fetchFault.unsupported(`the condition operator '${condition.operator}'`);
  const op = found.operator;
  const raw = rawValues(table, column, op, condition);
  switch (op.operand) {
    case 'text':
      return { test: textTest(table, column, op, raw[0] ?? '') };
    case 'date':
    case 'count':
      return { test: dateTest(table, column, op, raw[0], now) };
    case 'column': {
      const operands = raw.map((r) => parseOperand(table, column, r));
      const equality = (op.name === 'eq' || op.name === 'in') && column.type !== 'multiselect';
      return { test: columnTest(table, column, op, operands), ...(equality ? { equals: operands } : {}) };
    }
  }
}

function rawValues(table: TableDef, column: ColumnDef, op: OperatorDef, condition: FetchCondition): readonly string[] {
  const children = condition.values;
  switch (op.arity) {
    case 'none':
      return [];
    case 'one': {
      const value = condition.value ?? (children.length === 1 ? children[0] : undefined);
      if (value === undefined) throw fetchFault.missingValue(op.enumName);
      return [value];
    }
    case 'two':
      if (children.length !== 2) {
        throw fetchFault.invalid(
          `Condition operator ${op.enumName} on '${table.logicalName}.${column.name}' takes exactly two <value> elements, not ${children.length}.`,
        );
      }
      return children;
    case 'many': {
      // Dataverse ignores an empty value="" that tools leave on `in` conditions (rappen/FetchXMLBuilder#724).
      const values = children.length > 0 ? children : condition.value ? [condition.value] : [];
      if (values.length === 0) throw fetchFault.noValues(op.enumName, table.logicalName, column.name);
      return values;
    }
  }
}

function columnTest(table: TableDef, column: ColumnDef, op: OperatorDef, operands: readonly Comparable[]): ValueTest {
  const [first, second] = operands;
  const has =
    column.type === 'multiselect' ? (v: Comparable) => operands.some((o) => contains(v, o)) : equalsOne(operands);
  switch (op.name) {
    case 'null':
      return (v) => v === null;
    case 'not-null':
      return (v) => v !== null;
    case 'eq':
      return (v) => v !== null && first !== undefined && equalComparable(v, first);
    // `ne` also matches null: Dataverse compiles it to "<> value OR IS NULL" (MarkMpn/Sql4Cds#530).
    case 'ne':
    case 'neq':
      return (v) => v === null || (first !== undefined && !equalComparable(v, first));
    case 'gt':
      return (v) => v !== null && first !== undefined && compareComparable(v, first) > 0;
    case 'ge':
      return (v) => v !== null && first !== undefined && compareComparable(v, first) >= 0;
    case 'lt':
      return (v) => v !== null && first !== undefined && compareComparable(v, first) < 0;
    case 'le':
      return (v) => v !== null && first !== undefined && compareComparable(v, first) <= 0;
    case 'in':
      return (v) => v !== null && has(v);
    case 'not-in':
      return (v) => v !== null && !has(v);
    case 'between':
    case 'not-between': {
      const inside = (v: Comparable) =>
        first !== undefined &&
        second !== undefined &&
        compareComparable(v, first) >= 0 &&
        compareComparable(v, second) <= 0;
      return op.name === 'between' ? (v) => v !== null && inside(v) : (v) => v !== null && !inside(v);
    }
    case 'contain-values':
    case 'not-contain-values': {
      if (column.type !== 'multiselect') throw wrongType(table, column, op, 'multi-select choice');
      const any = (v: Comparable) => Array.isArray(v) && operands.some((o) => v.includes(o as number));
      return op.name === 'contain-values' ? (v) => v !== null && any(v) : (v) => v !== null && !any(v);
    }
    default:
      throw new Error(`operator '${op.name}' has no column test`);
  }
}

/** Equality with any of the operands, by set look-up where the values allow (memberTest). */
function equalsOne(operands: readonly Comparable[]): (value: Comparable) => boolean {
  const scalars = operands.filter((o): o is string | number | boolean => !Array.isArray(o));
  if (scalars.length < operands.length) return (v) => operands.some((o) => contains(v, o));
  const test = memberTest(scalars, equalComparable);
  return (v) => (Array.isArray(v) ? operands.some((o) => contains(v, o)) : test(v as string | number | boolean));
}

/** `in` on a multi-select column matches rows holding any of the values; elsewhere it is equality. */
function contains(value: Comparable, operand: Comparable): boolean {
  return Array.isArray(value) ? value.includes(operand as number) : equalComparable(value, operand);
}

/**
 * like, begins-with and ends-with are SQL LIKE conditions, so `%`, `_` and `[…]` in the value stay wildcards, as in the
 * OData engine's startswith/endswith (one collation and one LIKE for both).
 */
function textTest(table: TableDef, column: ColumnDef, op: OperatorDef, raw: string): ValueTest {
  // On a non-text column Dataverse first converts the pattern to the column's type, and fails as it does here.
  const value = isText(column) ? raw : String(parseOperand(table, column, raw));
  const pattern =
    op.name === 'like' || op.name === 'not-like'
      ? value
      : likePattern(op.name === 'begins-with' || op.name === 'not-begin-with' ? 'startswith' : 'endswith', value);
  const regex = likeToRegExp(pattern);
  const negated = op.name.startsWith('not-');
  return (v) => v !== null && regex.test(foldString(String(v))) !== negated;
}

function dateTest(
  table: TableDef,
  column: ColumnDef,
  op: OperatorDef,
  raw: string | undefined,
  now: number,
): ValueTest {
  if (column.type !== 'datetime') throw wrongType(table, column, op, 'date and time');
  let value: number | undefined;
  if (raw !== undefined) {
    value = op.operand === 'count' ? parseCount(table, column, raw) : (parseOperand(table, column, raw) as number);
  }
  const window = windowFor(op.name, value, now);
  return (v) => typeof v === 'number' && inWindow(v, window);
}

function wrongType(table: TableDef, column: ColumnDef, op: OperatorDef, wanted: string) {
  return fetchFault.invalid(
    `Condition operator ${op.enumName} needs a ${wanted} column, but '${table.logicalName}.${column.name}' is of type ${column.type}.`,
  );
}
