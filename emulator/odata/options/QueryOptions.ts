import type { ColumnDef, NavigationDef, TableDef } from '../../../schema/types';
import type { BoundFilter } from '../filter/bound';

/** A property named in $select: its Web API name (`_parentcontactid_value`) and the column behind it. */
export interface SelectedProperty {
  readonly property: string;
  readonly column: ColumnDef;
}

/** A $orderby key. Lookups order by the related row's primary name (order-rows.md). */
export interface OrderKey {
  readonly property: string;
  readonly column: ColumnDef;
  readonly descending: boolean;
}

/** One navigation property in $expand, with its nested options. */
export interface ExpandOption {
  readonly navigation: NavigationDef;
  /** The related table. */
  readonly table: TableDef;
  readonly select?: readonly SelectedProperty[];
  readonly filter?: BoundFilter;
  readonly orderBy: readonly OrderKey[];
  readonly top?: number;
  readonly expand: readonly ExpandOption[];
  /** The nested options as a query string (`$select=subject&$top=5`), for `<nav>@odata.nextLink`. */
  readonly query: string;
}

/** The parsed, validated OData query options of a request. */
export interface QueryOptions {
  /** Undefined when no $select was given: every readable column is returned. */
  readonly select?: readonly SelectedProperty[];
  readonly filter?: BoundFilter;
  readonly orderBy: readonly OrderKey[];
  readonly top?: number;
  readonly expand: readonly ExpandOption[];
  /** `$count=true`: include `@odata.count`. */
  readonly count: boolean;
  /** `$skiptoken` from a previous page's `@odata.nextLink`. */
  readonly skipToken?: string;
}
