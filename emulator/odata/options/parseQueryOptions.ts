import type { TableDef } from '../../../schema/types';
import type { Catalog } from '../../metadata/catalog';
import type { AliasLookup } from '../filter/bindFilter';
import { bindFilter } from '../filter/bindFilter';
import { parseFilter } from '../filter/parseFilter';
import { LIMITS, QUERY_OPTION } from '../names';
import { queryFault } from '../queryFaults';
import { parseExpand } from './parseExpand';
import { parseOrderByOption } from './parseOrderByOption';
import { parseSelect } from './parseSelect';
import { parseTop } from './parseTop';
import type { ExpandOption, QueryOptions } from './QueryOptions';

const HANDLED = new Set<string>([
  QUERY_OPTION.select,
  QUERY_OPTION.filter,
  QUERY_OPTION.orderby,
  QUERY_OPTION.top,
  QUERY_OPTION.expand,
  QUERY_OPTION.count,
  QUERY_OPTION.skiptoken,
]);

/**
 * Reads and validates the OData system query options of a request against `table`. Parameter aliases (`@p1=…`)
 * come from the same query string. Non-`$` parameters other than aliases (e.g. `fetchXml`) are left to the caller.
 */
export function parseQueryOptions(params: URLSearchParams, table: TableDef, catalog: Catalog): QueryOptions {
  for (const name of new Set(params.keys())) {
    if (!name.startsWith('$')) continue;
    if (params.getAll(name).length > 1) throw queryFault.optionRepeated(name);
    if (HANDLED.has(name)) continue;
    if (name === QUERY_OPTION.skip) throw queryFault.skipNotSupported();
    if (name === QUERY_OPTION.apply) throw queryFault.notImplemented('The $apply query option (aggregation)');
    throw queryFault.optionNotSupported(name);
  }
  const aliases: AliasLookup = (name) => params.get(name) ?? undefined;
  const get = (name: string) => params.get(name) ?? undefined;

  const expandText = get(QUERY_OPTION.expand);
  const expand = expandText === undefined ? [] : parseExpand(expandText, table, catalog, aliases);
  checkExpandTree(expand);
  const selectText = get(QUERY_OPTION.select);
  const select =
    selectText === undefined
      ? undefined
      : parseSelect(selectText, table, catalog, new Set(expand.map((e) => e.navigation.name)));
  const filterText = get(QUERY_OPTION.filter);
  const orderText = get(QUERY_OPTION.orderby);
  const topText = get(QUERY_OPTION.top);
  const countText = get(QUERY_OPTION.count);
  const skipToken = get(QUERY_OPTION.skiptoken);
  return {
    ...(select ? { select } : {}),
    ...(filterText !== undefined
      ? { filter: bindFilter(parseFilter(filterText), table, catalog, aliases, filterText) }
      : {}),
    orderBy: orderText === undefined ? [] : parseOrderByOption(orderText, table, catalog),
    ...(topText !== undefined ? { top: parseTop(topText) } : {}),
    expand,
    count: countText === undefined ? false : parseCount(countText),
    ...(skipToken !== undefined ? { skipToken } : {}),
  };
}

function parseCount(text: string): boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  throw queryFault.invalidCount(text);
}

/**
 * Dataverse limits: at most 15 expansions; and once any $expand is nested, $top and $orderby are refused on
 * collection-valued expansions (join-tables.md, "Nested $expand on collection-valued navigation properties").
 */
function checkExpandTree(expand: readonly ExpandOption[]): void {
  const all: ExpandOption[] = [];
  const walk = (items: readonly ExpandOption[]) => {
    for (const item of items) {
      all.push(item);
      walk(item.expand);
    }
  };
  walk(expand);
  if (all.length > LIMITS.maxExpands) throw queryFault.tooManyExpands(all.length, LIMITS.maxExpands);
  const nested = expand.some((e) => e.expand.length > 0);
  if (nested && all.some((e) => e.navigation.kind === 'collection' && (e.top !== undefined || e.orderBy.length > 0))) {
    throw queryFault.expandOptionsNotAllowed();
  }
}
