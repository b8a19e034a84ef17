/**
 * A FetchXML query as written, before names are checked against the tables: the elements and attributes of
 * Microsoft's Fetch.xsd (in the schema download linked from
 * https://learn.microsoft.com/power-apps/developer/data-platform/customization-solutions-file-schema) that the
 * emulator runs.
 */
export const AGGREGATE_FUNCTIONS = ['count', 'countcolumn', 'sum', 'avg', 'min', 'max'] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

/** Fetch.xsd DateGroupingType. */
export const DATE_GROUPINGS = ['day', 'week', 'month', 'quarter', 'year', 'fiscal-period', 'fiscal-year'] as const;
export type DateGrouping = (typeof DATE_GROUPINGS)[number];

export interface FetchAttribute {
  readonly name: string;
  readonly alias?: string;
  readonly aggregate?: AggregateFunction;
  readonly groupBy: boolean;
  readonly distinct: boolean;
  readonly dateGrouping?: DateGrouping;
}

export interface FetchOrder {
  readonly attribute?: string;
  readonly alias?: string;
  /** Orders the query by a column of the link-entity with this alias (order-rows: "use the entityname attribute"). */
  readonly entityName?: string;
  readonly descending: boolean;
}

export interface FetchCondition {
  readonly kind: 'condition';
  readonly attribute: string;
  readonly entityName?: string;
  readonly operator: string;
  /** The `value` attribute, when given. */
  readonly value?: string;
  /** The `<value>` child elements, in order. */
  readonly values: readonly string[];
}

export interface FetchFilter {
  readonly kind: 'filter';
  readonly type: 'and' | 'or';
  readonly children: readonly (FetchCondition | FetchFilter)[];
}

export interface FetchEntity {
  readonly name: string;
  readonly allAttributes: boolean;
  readonly attributes: readonly FetchAttribute[];
  readonly orders: readonly FetchOrder[];
  readonly filters: readonly FetchFilter[];
  readonly links: readonly FetchLink[];
}

export type LinkType = 'inner' | 'outer' | 'exists' | 'in';

export interface FetchLink extends FetchEntity {
  readonly from: string;
  readonly to: string;
  readonly alias?: string;
  readonly linkType: LinkType;
}

export interface FetchQuery {
  readonly top?: number;
  readonly count?: number;
  readonly page?: number;
  readonly pagingCookie?: string;
  readonly distinct: boolean;
  readonly aggregate: boolean;
  readonly aggregateLimit?: number;
  readonly returnTotalRecordCount: boolean;
  /** `useraworderby`: sort choice columns by value instead of label ("Order rows using FetchXml"). */
  readonly useRawOrderBy: boolean;
  readonly entity: FetchEntity;
}
