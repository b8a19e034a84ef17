/**
 * The emulator's OData query engine: parse and validate query options, run them over the store, and shape rows
 * the way the Dataverse Web API returns them. Pure functions; the HTTP layer calls them.
 */
export { parseQueryOptions } from './options/parseQueryOptions';
export type { ExpandOption, OrderKey, QueryOptions, SelectedProperty } from './options/QueryOptions';
export { runQuery } from './query/runQuery';
export type { QueryPaging, QueryResult } from './query/runQuery';
export { buildNextLink } from './query/buildNextLink';
export { queryContext } from './query/QueryContext';
export type { QueryContext } from './query/QueryContext';
export { formatRow, formatRows } from './format/formatRow';
export type { FormatOptions, JsonObject, JsonValue } from './format/formatRow';
export { formattedValue, primaryName } from './format/formattedValue';
export { AnnotationFilter, toAnnotationFilter } from './format/AnnotationFilter';
export type { AnnotationSpec } from './format/AnnotationFilter';
export { parseAnnotationPreference, parseMaxPageSize, parsePreferHeader } from './format/preferHeader';
export { parseFilter, parseOrderBy } from './filter/parseFilter';
export { bindFilter } from './filter/bindFilter';
export type { AliasLookup } from './filter/bindFilter';
export { matches, evaluate } from './filter/evaluate';
export type { BoundFilter } from './filter/bound';
export { tokenize } from './filter/tokenize';
export { ANNOTATION, LIMITS, QUERY_OPTION } from './names';
