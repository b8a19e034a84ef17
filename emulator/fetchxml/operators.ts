/**
 * The condition operators the emulator evaluates, with the SDK's ConditionOperator name that Dataverse uses in its
 * error messages, how many values each takes, and what kind of value (learn.microsoft.com, FetchXML condition
 * operator values; Fetch.xsd lists every name).
 */
export type Arity = 'none' | 'one' | 'two' | 'many';

/** How the operator reads its values: as the column's type, as text to match, as a count of days or hours. */
export type OperandKind = 'column' | 'text' | 'date' | 'count';

export interface OperatorDef {
  readonly name: string;
  readonly enumName: string;
  readonly arity: Arity;
  readonly operand: OperandKind;
}

const def = (name: string, enumName: string, arity: Arity, operand: OperandKind = 'column'): OperatorDef => ({
  name,
  enumName,
  arity,
  operand,
});

const OPERATORS: readonly OperatorDef[] = [
  def('eq', 'Equal', 'one'),
  def('ne', 'NotEqual', 'one'),
  def('neq', 'NotEqual', 'one'),
  def('gt', 'GreaterThan', 'one'),
  def('ge', 'GreaterEqual', 'one'),
  def('lt', 'LessThan', 'one'),
  def('le', 'LessEqual', 'one'),
  def('in', 'In', 'many'),
  def('not-in', 'NotIn', 'many'),
  def('between', 'Between', 'two'),
  def('not-between', 'NotBetween', 'two'),
  def('null', 'Null', 'none'),
  def('not-null', 'NotNull', 'none'),
  def('like', 'Like', 'one', 'text'),
  def('not-like', 'NotLike', 'one', 'text'),
  def('begins-with', 'BeginsWith', 'one', 'text'),
  def('not-begin-with', 'DoesNotBeginWith', 'one', 'text'),
  def('ends-with', 'EndsWith', 'one', 'text'),
  def('not-end-with', 'DoesNotEndWith', 'one', 'text'),
  def('on', 'On', 'one', 'date'),
  def('on-or-before', 'OnOrBefore', 'one', 'date'),
  def('on-or-after', 'OnOrAfter', 'one', 'date'),
  def('today', 'Today', 'none', 'date'),
  def('yesterday', 'Yesterday', 'none', 'date'),
  def('tomorrow', 'Tomorrow', 'none', 'date'),
  def('last-seven-days', 'Last7Days', 'none', 'date'),
  def('next-seven-days', 'Next7Days', 'none', 'date'),
  def('last-week', 'LastWeek', 'none', 'date'),
  def('this-week', 'ThisWeek', 'none', 'date'),
  def('next-week', 'NextWeek', 'none', 'date'),
  def('last-month', 'LastMonth', 'none', 'date'),
  def('this-month', 'ThisMonth', 'none', 'date'),
  def('next-month', 'NextMonth', 'none', 'date'),
  def('last-year', 'LastYear', 'none', 'date'),
  def('this-year', 'ThisYear', 'none', 'date'),
  def('next-year', 'NextYear', 'none', 'date'),
  def('last-x-hours', 'LastXHours', 'one', 'count'),
  def('next-x-hours', 'NextXHours', 'one', 'count'),
  def('last-x-days', 'LastXDays', 'one', 'count'),
  def('next-x-days', 'NextXDays', 'one', 'count'),
  def('last-x-weeks', 'LastXWeeks', 'one', 'count'),
  def('next-x-weeks', 'NextXWeeks', 'one', 'count'),
  def('last-x-months', 'LastXMonths', 'one', 'count'),
  def('next-x-months', 'NextXMonths', 'one', 'count'),
  def('last-x-years', 'LastXYears', 'one', 'count'),
  def('next-x-years', 'NextXYears', 'one', 'count'),
  def('olderthan-x-minutes', 'OlderThanXMinutes', 'one', 'count'),
  def('olderthan-x-hours', 'OlderThanXHours', 'one', 'count'),
  def('olderthan-x-days', 'OlderThanXDays', 'one', 'count'),
  def('olderthan-x-weeks', 'OlderThanXWeeks', 'one', 'count'),
  def('olderthan-x-months', 'OlderThanXMonths', 'one', 'count'),
  def('olderthan-x-years', 'OlderThanXYears', 'one', 'count'),
  def('contain-values', 'ContainValues', 'many'),
  def('not-contain-values', 'DoesNotContainValues', 'many'),
];

const BY_NAME = new Map(OPERATORS.map((o) => [o.name, o]));

/** Operators in Fetch.xsd that the emulator does not evaluate: the user, business unit, hierarchy and fiscal ones. */
const KNOWN_ELSEWHERE = new Set([
  'eq-userid',
  'ne-userid',
  'eq-userteams',
  'eq-useroruserteams',
  'eq-useroruserhierarchy',
  'eq-useroruserhierarchyandteams',
  'eq-businessid',
  'ne-businessid',
  'eq-userlanguage',
  'this-fiscal-year',
  'this-fiscal-period',
  'next-fiscal-year',
  'next-fiscal-period',
  'last-fiscal-year',
  'last-fiscal-period',
  'last-x-fiscal-years',
  'last-x-fiscal-periods',
  'next-x-fiscal-years',
  'next-x-fiscal-periods',
  'in-fiscal-year',
  'in-fiscal-period',
  'in-fiscal-period-and-year',
  'in-or-before-fiscal-period-and-year',
  'in-or-after-fiscal-period-and-year',
  'under',
  'eq-or-under',
  'not-under',
  'above',
  'eq-or-above',
]);

export type OperatorLookup =
  | { readonly kind: 'known'; readonly operator: OperatorDef }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'unknown' };

export function lookupOperator(name: string): OperatorLookup {
  const operator = BY_NAME.get(name);
  if (operator) return { kind: 'known', operator };
  return KNOWN_ELSEWHERE.has(name) ? { kind: 'unsupported' } : { kind: 'unknown' };
}
