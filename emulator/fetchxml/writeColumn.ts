import type { ColumnDef } from '../../schema/types';
import type { Catalog } from '../metadata/catalog';
import { formattedValue, type AnnotationFilter } from '../odata';
import type { Store } from '../store/Store';
import { isEntityRef, type StoredValue } from '../store/values';
import { ANNOTATION } from './annotations';
import type { Scope } from './boundQuery';
import { isLookup, jsonValueOf } from './columnValues';

export interface OutputContext {
  readonly annotations: AnnotationFilter;
  readonly store: Store;
  readonly catalog: Catalog;
}

export type ResultRow = Record<string, unknown>;

/**
 * Writes one column the way the Web API returns FetchXML results ("Select columns using FetchXml", Web API tab):
 * a root lookup as `_name_value`, a link-entity's column as `alias.name` (a lookup there is its plain GUID), an
 * aliased column under its alias; with its annotations when asked for. A null column is left out, as the Web API
 * does for FetchXML (the "Page results using FetchXml" responses omit a contact's empty annualincome).
 */
export function writeColumn(
  out: ResultRow,
  scope: Scope,
  column: ColumnDef,
  alias: string | undefined,
  stored: StoredValue,
  ctx: OutputContext,
): void {
  if (stored === null) return;
  const isRoot = scope.alias === undefined;
  const lookup = isEntityRef(stored) ? stored : undefined;
  const key =
    alias ?? (!isRoot ? `${scope.alias}.${column.name}` : isLookup(column) ? `_${column.name}_value` : column.name);
  const wanted = (term: string) => ctx.annotations.includes(term);
  if ((alias !== undefined || !isRoot) && wanted(ANNOTATION.attributeName)) {
    out[`${key}@${ANNOTATION.attributeName}`] = column.name;
  }
  if (wanted(ANNOTATION.formattedValue)) {
    const formatted = formattedValue(column, stored, ctx.store, ctx.catalog);
    if (formatted !== undefined) out[`${key}@${ANNOTATION.formattedValue}`] = formatted;
  }
  if (lookup) {
    if (isRoot && alias === undefined && wanted(ANNOTATION.associatedNavigationProperty)) {
      const navs = ctx.catalog.navigationForLookup(scope.table.logicalName, column.name);
      const nav = navs.find((n) => n.target === lookup.logicalName) ?? navs[0];
      if (nav) out[`${key}@${ANNOTATION.associatedNavigationProperty}`] = nav.name;
    }
    if (wanted(ANNOTATION.lookupLogicalName)) out[`${key}@${ANNOTATION.lookupLogicalName}`] = lookup.logicalName;
  }
  out[key] = jsonValueOf(stored);
}
