import type { ColumnDef, TableDef } from '../../../schema/types';
import type { Catalog } from '../../metadata/catalog';
import type { Store } from '../../store/Store';
import type { StoredRow, StoredValue } from '../../store/values';
import { etagOf, isEntityRef } from '../../store/values';
import { isLookupType } from '../edm';
import { matches } from '../filter/evaluate';
import { ANNOTATION } from '../names';
import type { ExpandOption, SelectedProperty } from '../options/QueryOptions';
import { propertyNameOf } from '../properties';
import { expandCollection } from '../query/expandCollection';
import type { QueryContext } from '../query/QueryContext';
import { queryContext } from '../query/QueryContext';
import type { AnnotationFilter, AnnotationSpec } from './AnnotationFilter';
import { toAnnotationFilter } from './AnnotationFilter';
import { formattedValue } from './formattedValue';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface FormatOptions {
  readonly select?: readonly SelectedProperty[];
  readonly expand?: readonly ExpandOption[];
  /** From parseAnnotationPreference, or `'*'`, or the annotation names. */
  readonly annotations: AnnotationSpec;
  readonly store: Store;
  /** The service root (`http://…/api/data/v9.2/`): when given, expanded collections carry `<nav>@odata.nextLink`. */
  readonly serviceRoot?: string;
  /** Share one context across the rows of a page (see formatRows). */
  readonly context?: QueryContext;
}

interface Shape {
  readonly select?: readonly SelectedProperty[];
  readonly expand: readonly ExpandOption[];
  readonly etag: boolean;
  /** A lookup to include even when not selected (the link back to the parent of an expanded collection). */
  readonly backReference?: string;
}

/**
 * A row as the Web API returns it: `@odata.etag`, the selected columns (every readable one without $select; never
 * a column with IsValidForRead = False), lookups as `_x_value`, annotations only when asked for, the primary key,
 * then expansions — a single-valued navigation as an object (or null), a collection-valued one as an array.
 * Shapes follow select-columns.md and join-tables.md.
 */
export function formatRow(row: StoredRow, table: TableDef, catalog: Catalog, options: FormatOptions): JsonObject {
  const ctx = options.context ?? queryContext(options.store, catalog);
  const writer = new RowWriter(ctx, toAnnotationFilter(options.annotations), options.serviceRoot);
  return writer.write(row, table, { select: options.select, expand: options.expand ?? [], etag: true });
}

/** formatRow for a page of rows, sharing one query context (related-row indexes) across them. */
export function formatRows(
  rows: readonly StoredRow[],
  table: TableDef,
  catalog: Catalog,
  options: FormatOptions,
): JsonObject[] {
  const context = options.context ?? queryContext(options.store, catalog);
  return rows.map((row) => formatRow(row, table, catalog, { ...options, context }));
}

class RowWriter {
  constructor(
    readonly ctx: QueryContext,
    readonly annotations: AnnotationFilter,
    readonly serviceRoot: string | undefined,
  ) {}

  write(row: StoredRow, table: TableDef, shape: Shape): JsonObject {
    const out: JsonObject = {};
    if (shape.etag) out['@odata.etag'] = etagOf(row);
    for (const column of this.#columns(table, shape)) {
      if (column.name === table.primaryIdAttribute || column.validForRead === false) continue;
      this.#column(out, row, table, column);
    }
    out[table.primaryIdAttribute] = row.id;
    for (const option of shape.expand) this.#expand(out, row, table, option);
    return out;
  }

  #columns(table: TableDef, shape: Shape): ColumnDef[] {
    if (!shape.select) return [...table.columns];
    const columns = shape.select.map((s) => s.column);
    const back =
      shape.backReference === undefined ? undefined : this.ctx.catalog.column(table.logicalName, shape.backReference);
    if (back && !columns.includes(back)) columns.push(back);
    return columns;
  }

  #column(out: JsonObject, row: StoredRow, table: TableDef, column: ColumnDef): void {
    const property = propertyNameOf(column);
    const value = row.values[column.name];
    const formatted = formattedValue(column, value, this.ctx.store, this.ctx.catalog);
    if (formatted !== undefined) this.#annotate(out, property, ANNOTATION.formattedValue, formatted);
    if (isLookupType(column.type) && isEntityRef(value)) {
      const navigation = this.ctx.catalog
        .navigationForLookup(table.logicalName, column.name)
        .find((n) => n.target === value.logicalName);
      this.#annotate(out, property, ANNOTATION.associatedNavigationProperty, navigation?.name ?? column.name);
      this.#annotate(out, property, ANNOTATION.lookupLogicalName, value.logicalName);
    }
    out[property] = jsonValue(column, value);
  }

  #annotate(out: JsonObject, property: string, annotation: string, value: string): void {
    if (this.annotations.includes(annotation)) out[`${property}@${annotation}`] = value;
  }

  #expand(out: JsonObject, row: StoredRow, table: TableDef, option: ExpandOption): void {
    const navigation = option.navigation;
    const nested: Shape = { select: option.select, expand: option.expand, etag: navigation.kind === 'collection' };
    if (navigation.kind === 'single') {
      const ref = row.values[navigation.lookup];
      const related =
        isEntityRef(ref) && ref.logicalName === navigation.target
          ? this.ctx.store.get(ref.logicalName, ref.id)
          : undefined;
      const kept = related && (!option.filter || matches(option.filter, related, this.ctx)) ? related : undefined;
      out[navigation.name] = kept ? this.write(kept, option.table, nested) : null;
      return;
    }
    const children = expandCollection(row, option, this.ctx);
    out[navigation.name] = children.map((child) =>
      this.write(child, option.table, { ...nested, backReference: navigation.lookup }),
    );
    if (this.serviceRoot !== undefined) {
      const query = option.query ? `?${option.query}` : '';
      out[`${navigation.name}@odata.nextLink`] =
        `${this.serviceRoot}${table.entitySetName}(${row.id})/${navigation.name}${query}`;
    }
  }
}

/** A stored value in the Web API's JSON: lookups as their GUID, choices (multi-select) as "1,3", date-times to the second. */
function jsonValue(column: ColumnDef, value: StoredValue | undefined): JsonValue {
  if (value === undefined || value === null) return null;
  if (isEntityRef(value)) return value.id;
  if (Array.isArray(value)) return (value as readonly number[]).join(',');
  if (column.type === 'datetime' && typeof value === 'string') {
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? value : new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return value as string | number | boolean;
}
