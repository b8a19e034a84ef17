import type { ColumnDef, TableDef } from '../../schema/types';
import type { Comparable } from './columnValues';
import type { ValueTest } from './compileCondition';
import type { AggregateFunction, DateGrouping, FetchQuery, LinkType } from './fetchQuery';

/**
 * A FetchXML query whose names have all been found in the catalog: every table a scope (the root, then each
 * link-entity in document order), every column a ColumnDef, every condition a compiled test.
 */
export interface Scope {
  /** Position in a joined row: 0 is the root entity. */
  readonly index: number;
  readonly table: TableDef;
  /** The prefix of this link's columns in results (`alias.column`); undefined for the root. */
  readonly alias?: string;
}

export interface BoundAttribute {
  readonly scope: Scope;
  readonly column: ColumnDef;
  readonly alias?: string;
  readonly aggregate?: AggregateFunction;
  readonly groupBy: boolean;
  readonly distinct: boolean;
  readonly dateGrouping?: DateGrouping;
}

export type BoundOrder =
  | { readonly kind: 'column'; readonly scope: Scope; readonly column: ColumnDef; readonly descending: boolean }
  | { readonly kind: 'alias'; readonly attribute: BoundAttribute; readonly descending: boolean };

export interface BoundCondition {
  readonly kind: 'condition';
  readonly scope: Scope;
  readonly column: ColumnDef;
  readonly test: ValueTest;
  /** For `eq` and `in`: the values the column must equal one of (CompiledCondition.equals). */
  readonly equals?: readonly Comparable[];
}

export interface BoundFilter {
  readonly kind: 'filter';
  readonly type: 'and' | 'or';
  readonly children: readonly (BoundCondition | BoundFilter)[];
}

export interface BoundLink {
  readonly scope: Scope;
  readonly parent: Scope;
  /** The column of the linked table that is matched… */
  readonly from: ColumnDef;
  /** …to this column of the parent. */
  readonly to: ColumnDef;
  readonly linkType: LinkType;
  /** Applied with the join, as a SQL ON clause ("Filter rows using FetchXml", Filters on link-entity). */
  readonly filter?: BoundFilter;
  readonly links: readonly BoundLink[];
}

export interface BoundQuery {
  readonly fetch: FetchQuery;
  readonly root: Scope;
  readonly scopes: readonly Scope[];
  /** The root entity's filter, applied after the joins (conditions may name link-entities with `entityname`). */
  readonly filter?: BoundFilter;
  readonly links: readonly BoundLink[];
  /** `<attribute>` elements, root entity first, then each link-entity in document order. */
  readonly attributes: readonly BoundAttribute[];
  /** Scopes that return all their columns (`<all-attributes/>`, or a root entity without `<attribute>`). */
  readonly allColumns: readonly Scope[];
  /** Root entity orders first, then link-entity orders: Dataverse always orders by link-entity columns last. */
  readonly orders: readonly BoundOrder[];
}
