import type { ArrayItem } from './jsonArray';

/** The syntax tree of a $filter expression, before names are bound to a table. */
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export const COMPARE_OPS: readonly CompareOp[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

/** ODataLib's operator kind names, used in its error messages. */
export const OPERATOR_KIND: Readonly<Record<CompareOp, string>> = {
  eq: 'Equal',
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
};

export type Literal =
  | { readonly kind: 'null' }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string }
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly edm: 'Edm.Int32' | 'Edm.Int64' | 'Edm.Decimal' | 'Edm.Double';
    }
  | { readonly kind: 'guid'; readonly value: string }
  | { readonly kind: 'datetime'; readonly value: number; readonly text: string }
  | { readonly kind: 'date'; readonly value: number; readonly text: string };

export type Syntax =
  | { readonly kind: 'literal'; readonly literal: Literal; readonly pos: number }
  | { readonly kind: 'array'; readonly items: readonly ArrayItem[]; readonly pos: number }
  | { readonly kind: 'alias'; readonly name: string; readonly pos: number }
  | { readonly kind: 'path'; readonly segments: readonly string[]; readonly pos: number }
  | {
      readonly kind: 'lambda';
      readonly source: readonly string[];
      readonly op: 'any' | 'all';
      readonly variable?: string;
      readonly body?: Syntax;
      readonly pos: number;
    }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Syntax[]; readonly pos: number }
  | {
      readonly kind: 'crmCall';
      readonly name: string;
      readonly params: ReadonlyMap<string, Syntax>;
      readonly pos: number;
    }
  | { readonly kind: 'not'; readonly operand: Syntax; readonly pos: number }
  | {
      readonly kind: 'logical';
      readonly op: 'and' | 'or';
      readonly left: Syntax;
      readonly right: Syntax;
      readonly pos: number;
    }
  | {
      readonly kind: 'compare';
      readonly op: CompareOp;
      readonly left: Syntax;
      readonly right: Syntax;
      readonly pos: number;
    };

export interface OrderBySyntax {
  readonly path: readonly string[];
  readonly descending: boolean;
  readonly pos: number;
}
