import type { ColumnDef, NavigationDef, TableDef } from '../../../schema/types';
import type { EdmType, ValueClass } from '../edm';
import type { CompareOp } from './ast';

/** A value as the evaluator compares it: strings, lowercase GUIDs, numbers, booleans, instants (epoch ms), or null. */
export type Comparable = string | number | boolean | null;

/** Where a row comes from: the queried row (scope 0) or a lambda variable, then single-valued navigations. */
export interface RowPath {
  readonly scope: number;
  readonly hops: readonly NavigationDef[];
}

export interface ColumnOperand extends RowPath {
  readonly kind: 'column';
  /** The table that holds the column (after the hops). */
  readonly table: TableDef;
  readonly column: ColumnDef;
  /** The property name as written, e.g. `_parentcontactid_value`. */
  readonly property: string;
  readonly edm: EdmType;
}

export interface ConstOperand {
  readonly kind: 'const';
  readonly value: Comparable;
  /** Undefined for `null`, which compares with anything. */
  readonly edm: EdmType | undefined;
}

/** A boolean-valued expression used as an operand, e.g. `contains(subject,'x') eq true`. */
export interface PredicateOperand {
  readonly kind: 'predicate';
  readonly filter: BoundFilter;
  readonly edm: 'Edm.Boolean';
}

export type Operand = ColumnOperand | ConstOperand | PredicateOperand;

/** A time window [from, to) computed from the evaluation clock; a missing end is open. */
export interface TimeWindow {
  readonly from?: number;
  readonly to?: number;
}

/** A $filter bound to a table: every name resolved, every literal converted. Evaluates to true, false or null. */
export type BoundFilter =
  | { readonly kind: 'constant'; readonly value: boolean | null }
  | {
      readonly kind: 'compare';
      readonly op: CompareOp;
      readonly left: Operand;
      readonly right: Operand;
      readonly cls: ValueClass;
    }
  | { readonly kind: 'logical'; readonly op: 'and' | 'or'; readonly left: BoundFilter; readonly right: BoundFilter }
  | { readonly kind: 'not'; readonly operand: BoundFilter }
  | { readonly kind: 'like'; readonly operand: ColumnOperand; readonly regex: RegExp }
  | {
      readonly kind: 'in';
      readonly operand: ColumnOperand;
      readonly values: readonly Comparable[];
      readonly cls: ValueClass;
    }
  | {
      readonly kind: 'between';
      readonly operand: ColumnOperand;
      readonly low: Comparable;
      readonly high: Comparable;
      readonly cls: ValueClass;
    }
  | { readonly kind: 'isNull'; readonly operand: ColumnOperand }
  | { readonly kind: 'timeWindow'; readonly operand: ColumnOperand; readonly window: (now: number) => TimeWindow }
  | { readonly kind: 'containValues'; readonly operand: ColumnOperand; readonly values: readonly number[] }
  | {
      readonly kind: 'lambda';
      readonly op: 'any' | 'all';
      readonly source: RowPath;
      readonly navigation: NavigationDef;
      readonly body?: BoundFilter;
    };
