/** Small constructors for validated conditions and groups, used where LeadLink writes conditions itself. */
import type { SegmentOperator } from './operators';
import type { SegmentCondition, SegmentGroup } from './types';

export const condition = (column: string, operator: SegmentOperator, ...values: string[]): SegmentCondition => ({
  kind: 'condition',
  column,
  operator,
  values,
});

export const allOf = (...conditions: (SegmentCondition | SegmentGroup)[]): SegmentGroup => ({
  kind: 'group',
  type: 'and',
  conditions,
});

export const anyOf = (...conditions: (SegmentCondition | SegmentGroup)[]): SegmentGroup => ({
  kind: 'group',
  type: 'or',
  conditions,
});

/** A yes/no column that is set to yes. */
export const isYes = (column: string): SegmentCondition => condition(column, 'eq', '1');

/**
 * A yes/no column that is not yes: no, or never set. Spelled out with `null` rather than `ne 1`, so the result does
 * not depend on how the platform treats nulls under `ne`.
 */
export const isNotYes = (column: string): SegmentGroup =>
  anyOf(condition(column, 'eq', '0'), condition(column, 'null'));
