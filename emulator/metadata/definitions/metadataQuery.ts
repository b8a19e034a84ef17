import type { Syntax } from '../../odata/filter/ast';
import { parseFilter } from '../../odata/filter/parseFilter';
import { QUERY_OPTION } from '../../odata/names';
import { splitTopLevel } from '../../odata/options/splitTopLevel';
import { queryFault } from '../../odata/queryFaults';
import { checkProperty, type MetadataType } from './metadataTypes';
import { evaluateMetadataFilter } from './evaluateMetadataFilter';
import type { Json } from './labels';
import type { MetadataObject, NavigationValue } from './MetadataObject';

/**
 * `$select`, `$filter` and `$expand` over table definitions ("Query table definitions using the Web API",
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api): any property can be
 * selected, primitive and enumeration properties filtered (`AttributeType eq
 * Microsoft.Dynamics.CRM.AttributeTypeCode'Picklist'`, `IsValidForRead eq true`, `AttributeTypeName/Value eq …`),
 * navigation properties expanded with their own `$select` / `$filter`. `MetadataId` is always returned, and there is
 * no paging: every match comes back in one response.
 */
export interface MetadataQuery {
  readonly select?: readonly string[];
  readonly filter?: Syntax;
  readonly expand: readonly MetadataExpand[];
}

export interface MetadataExpand {
  readonly name: string;
  readonly type: MetadataType;
  readonly query: MetadataQuery;
}

const SUPPORTED: ReadonlySet<string> = new Set([QUERY_OPTION.select, QUERY_OPTION.filter, QUERY_OPTION.expand]);

/** Reads the options of a request (or of one `$expand` item) for the type they query. */
export function parseMetadataQuery(
  options: ReadonlyMap<string, string>,
  type: MetadataType,
  allowFilter: boolean,
): MetadataQuery {
  for (const name of options.keys()) {
    if (!name.startsWith('$') || SUPPORTED.has(name)) continue;
    throw queryFault.notImplemented(`The ${name} query option on table definitions`);
  }
  const selectText = options.get(QUERY_OPTION.select);
  const filterText = options.get(QUERY_OPTION.filter);
  const expandText = options.get(QUERY_OPTION.expand);
  if (filterText !== undefined && !allowFilter) throw queryFault.optionNotSupported(QUERY_OPTION.filter);
  const select = selectText === undefined ? undefined : selectNames(selectText, type);
  const filter = filterText === undefined ? undefined : parseFilter(withEnumLiteralsAsText(filterText));
  if (filter) evaluateMetadataFilter(filter, {}, type, true);
  const expand = expandText === undefined ? [] : splitTopLevel(expandText, ',').map((p) => expandItem(p.text, type));
  return { ...(select ? { select } : {}), ...(filter ? { filter } : {}), expand };
}

/** The query options of a request's query string; a repeated option is Dataverse's 400. */
export function queryOptionsOf(params: URLSearchParams): Map<string, string> {
  const options = new Map<string, string>();
  for (const name of new Set(params.keys())) {
    if (params.getAll(name).length > 1) throw queryFault.optionRepeated(name);
    options.set(name, params.get(name) ?? '');
  }
  return options;
}

/** Whether an object passes the query's `$filter`. */
export function matches(object: MetadataObject, query: MetadataQuery, type: MetadataType): boolean {
  return query.filter === undefined || evaluateMetadataFilter(query.filter, object.properties, type, false) === true;
}

/**
 * An object as the response carries it. `@odata.type` is written when the object's type is not the one the request
 * addressed — the derived attribute types in an uncast `Attributes` collection, as the docs' responses show.
 */
export function shapeObject(object: MetadataObject, query: MetadataQuery, addressedType: string): Json {
  const shaped: Record<string, unknown> = {};
  if (object.type !== addressedType) shaped['@odata.type'] = `#Microsoft.Dynamics.CRM.${object.type}`;
  Object.assign(shaped, pick(object.properties, query.select));
  for (const expand of query.expand) shaped[expand.name] = shapeNavigation(object.navigation[expand.name], expand);
  return shaped;
}

/** The `(…)` after an entity set in `@odata.context`: the selected and expanded properties. */
export function contextProjection(query: MetadataQuery): string {
  const items = [
    ...(query.select ?? []),
    ...query.expand.map((e) => {
      const inner = contextProjection(e.query);
      return inner === '' ? e.name : `${e.name}(${inner})`;
    }),
  ];
  return items.join(',');
}

function shapeNavigation(value: NavigationValue | undefined, expand: MetadataExpand): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    const objects = value as readonly MetadataObject[];
    return objects
      .filter((item) => matches(item, expand.query, expand.type))
      .map((item) => shapeObject(item, expand.query, expand.type.name));
  }
  return pick(value as Json, expand.query.select);
}

function pick(properties: Json, select: readonly string[] | undefined): Json {
  if (select === undefined) return { ...properties };
  const picked: Record<string, unknown> = {};
  for (const name of ['MetadataId', ...select]) {
    if (name in properties) picked[name] = properties[name];
  }
  return picked;
}

function selectNames(text: string, type: MetadataType): string[] {
  const names: string[] = [];
  for (const piece of splitTopLevel(text, ',')) {
    const name = piece.text.trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw queryFault.termNotValid(name);
    checkProperty(type, name);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const COLLECTIONS: ReadonlySet<string> = new Set(['Attributes']);
const EXPAND_ITEM = /^([A-Za-z_][A-Za-z0-9_]*)\s*(?:\((.*)\))?$/s;

function expandItem(text: string, type: MetadataType): MetadataExpand {
  const match = EXPAND_ITEM.exec(text.trim());
  const name = match?.[1];
  if (!match || name === undefined) throw queryFault.termNotValid(text.trim());
  const target = type.navigation(name);
  if (!target) {
    if (type.properties.unserved.has(name)) throw queryFault.notImplemented(`Expanding ${name} of ${type.name}`);
    throw queryFault.notNavigation(name, type.name);
  }
  const inner = new Map<string, string>();
  if (match[2] !== undefined) {
    if (match[2].trim() === '') throw queryFault.missingExpandOption(name);
    for (const piece of splitTopLevel(match[2], ';')) {
      const eq = piece.text.indexOf('=');
      if (eq < 0) throw queryFault.termNotValid(piece.text);
      inner.set(piece.text.slice(0, eq).trim(), piece.text.slice(eq + 1));
    }
  }
  // $filter applies to collections (Attributes); OptionSet and GlobalOptionSet are single-valued.
  return { name, type: target, query: parseMetadataQuery(inner, target, COLLECTIONS.has(name)) };
}

/**
 * Enumeration values are written with their type, `Microsoft.Dynamics.CRM.AttributeTypeCode'Picklist'`, and compare
 * with the member's name; the expression parser knows only plain literals, so the type prefix is dropped first.
 */
function withEnumLiteralsAsText(text: string): string {
  return text.replace(/Microsoft\.Dynamics\.CRM\.[A-Za-z]+('(?:[^']|'')*')/g, '$1');
}
