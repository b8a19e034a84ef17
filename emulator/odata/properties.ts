import type { ColumnDef, NavigationDef, TableDef } from '../../schema/types';
import type { Catalog } from '../metadata/catalog';
import { isLookupType } from './edm';

/** What a Web API property name on an entity type stands for. */
export type ResolvedProperty =
  | { readonly kind: 'column'; readonly name: string; readonly column: ColumnDef }
  | { readonly kind: 'navigation'; readonly name: string; readonly navigation: NavigationDef };

const LOOKUP_PROPERTY = /^_(.+)_value$/;

/**
 * Resolves a property name the way the Web API exposes a table: lookup columns only as `_<name>_value` (the bare
 * name, where it exists, is the single-valued navigation property), other columns by their logical name.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties#lookup-properties
 */
export function resolveProperty(catalog: Catalog, table: TableDef, name: string): ResolvedProperty | undefined {
  const lookup = LOOKUP_PROPERTY.exec(name);
  if (lookup?.[1] !== undefined) {
    const column = catalog.column(table.logicalName, lookup[1]);
    if (column && isLookupType(column.type)) return { kind: 'column', name, column };
  }
  const navigation = catalog.navigation(table.logicalName, name);
  if (navigation) return { kind: 'navigation', name, navigation };
  const column = catalog.column(table.logicalName, name);
  if (column && !isLookupType(column.type)) return { kind: 'column', name, column };
  return undefined;
}

/** The Web API property name of a column. */
export function propertyNameOf(column: ColumnDef): string {
  return isLookupType(column.type) ? `_${column.name}_value` : column.name;
}
