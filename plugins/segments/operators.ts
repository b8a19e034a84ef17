/**
 * The FetchXML condition operators a segment may use, what value each takes, and which column types each applies to.
 * Every name is a member of Fetch.xsd's `operator` enumeration (a test checks it). Operators that depend on the
 * caller (eq-userid, fiscal periods, hierarchy) are left out: a segment means the same thing whoever runs it.
 * Reference: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators
 */
import type { ColumnType } from '../../schema/types';

/** How an operator takes its value: none, one, two (a range) or a list of one or more. */
export type OperatorArity = 'none' | 'single' | 'pair' | 'list';

/** What kind of value an operator compares with, independent of the column: a count of days, weeks … or a date. */
export type OperatorValueKind = 'column' | 'count' | 'date';

interface OperatorSpec {
  readonly arity: OperatorArity;
  readonly value: OperatorValueKind;
}

const none: OperatorSpec = { arity: 'none', value: 'column' };
const single: OperatorSpec = { arity: 'single', value: 'column' };
const count: OperatorSpec = { arity: 'single', value: 'count' };
const date: OperatorSpec = { arity: 'single', value: 'date' };

/**
 * like, begins-with, ends-with and their negations take patterns: % _ [ ] are wildcards, and a wildcard in brackets
 * matches itself, e.g. `50[%]` (https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters).
 */
export const OPERATORS = {
  eq: single,
  ne: single,
  gt: single,
  ge: single,
  lt: single,
  le: single,
  like: single,
  'not-like': single,
  'begins-with': single,
  'not-begin-with': single,
  'ends-with': single,
  'not-end-with': single,
  in: { arity: 'list', value: 'column' },
  'not-in': { arity: 'list', value: 'column' },
  between: { arity: 'pair', value: 'column' },
  'not-between': { arity: 'pair', value: 'column' },
  'contain-values': { arity: 'list', value: 'column' },
  'not-contain-values': { arity: 'list', value: 'column' },
  null: none,
  'not-null': none,
  on: date,
  'on-or-before': date,
  'on-or-after': date,
  today: none,
  yesterday: none,
  tomorrow: none,
  'this-week': none,
  'last-week': none,
  'next-week': none,
  'this-month': none,
  'last-month': none,
  'next-month': none,
  'this-year': none,
  'last-year': none,
  'next-year': none,
  'last-seven-days': none,
  'next-seven-days': none,
  'last-x-hours': count,
  'next-x-hours': count,
  'last-x-days': count,
  'next-x-days': count,
  'last-x-weeks': count,
  'next-x-weeks': count,
  'last-x-months': count,
  'next-x-months': count,
  'last-x-years': count,
  'next-x-years': count,
  'olderthan-x-minutes': count,
  'olderthan-x-hours': count,
  'olderthan-x-days': count,
  'olderthan-x-weeks': count,
  'olderthan-x-months': count,
  'olderthan-x-years': count,
} as const satisfies Record<string, OperatorSpec>;

export type SegmentOperator = keyof typeof OPERATORS;
export const OPERATOR_NAMES = Object.keys(OPERATORS) as readonly SegmentOperator[];

export function isSegmentOperator(name: string): name is SegmentOperator {
  return Object.prototype.hasOwnProperty.call(OPERATORS, name);
}

const NULLS = ['null', 'not-null'] as const;
const IDS = ['eq', 'ne', 'in', 'not-in', ...NULLS] as const;
const STRINGS = [
  'eq',
  'ne',
  'like',
  'not-like',
  'begins-with',
  'not-begin-with',
  'ends-with',
  'not-end-with',
  'in',
  'not-in',
  ...NULLS,
] as const;
const NUMBERS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'not-in', 'between', 'not-between', ...NULLS] as const;
/** Dates also take the operators relative to now: today, last-x-days, olderthan-x-months … */
const isRelativeToNow = (op: SegmentOperator): boolean =>
  OPERATORS[op].value === 'count' || (OPERATORS[op].arity === 'none' && op !== 'null' && op !== 'not-null');
const DATES: readonly SegmentOperator[] = [
  'on',
  'on-or-before',
  'on-or-after',
  'gt',
  'ge',
  'lt',
  'le',
  'between',
  'not-between',
  ...OPERATOR_NAMES.filter(isRelativeToNow),
  ...NULLS,
];

/** The operators that make sense for each column type. */
export const OPERATORS_BY_TYPE: Readonly<Record<ColumnType, readonly SegmentOperator[]>> = {
  uniqueidentifier: IDS,
  lookup: IDS,
  owner: IDS,
  customer: IDS,
  string: STRINGS,
  memo: STRINGS,
  entityname: ['eq', 'ne', 'in', 'not-in', ...NULLS],
  integer: NUMBERS,
  bigint: NUMBERS,
  decimal: NUMBERS,
  double: NUMBERS,
  money: NUMBERS,
  boolean: ['eq', 'ne', ...NULLS],
  picklist: ['eq', 'ne', 'in', 'not-in', ...NULLS],
  state: ['eq', 'ne', 'in', 'not-in', ...NULLS],
  status: ['eq', 'ne', 'in', 'not-in', ...NULLS],
  multiselect: ['contain-values', 'not-contain-values', ...NULLS],
  datetime: DATES,
};

/** A word for each column type, for error messages. */
export const TYPE_WORDS: Readonly<Record<ColumnType, string>> = {
  uniqueidentifier: 'an id',
  lookup: 'a lookup',
  owner: 'an owner lookup',
  customer: 'a customer lookup',
  string: 'a text',
  memo: 'a multiline text',
  entityname: 'a table name',
  integer: 'a whole number',
  bigint: 'a big whole number',
  decimal: 'a decimal',
  double: 'a floating point',
  money: 'a currency',
  boolean: 'a yes/no',
  picklist: 'a choice',
  state: 'a status (state)',
  status: 'a status reason',
  multiselect: 'a multi-select choice',
  datetime: 'a date and time',
};
