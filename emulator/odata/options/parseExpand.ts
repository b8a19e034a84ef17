import type { TableDef } from '../../../schema/types';
import { fault } from '../../errors/faults';
import type { Catalog } from '../../metadata/catalog';
import type { AliasLookup } from '../filter/bindFilter';
import { bindFilter } from '../filter/bindFilter';
import { parseFilter } from '../filter/parseFilter';
import { QUERY_OPTION } from '../names';
import { resolveProperty } from '../properties';
import { queryFault } from '../queryFaults';
import { parseOrderByOption } from './parseOrderByOption';
import { parseSelect } from './parseSelect';
import { parseTop } from './parseTop';
import type { ExpandOption } from './QueryOptions';
import { splitTopLevel } from './splitTopLevel';

const ITEM = /^([A-Za-z_][A-Za-z0-9_]*)\s*(.*)$/s;
/** join-tables.md: "$skip, $count, $search, and $levels aren't supported" inside $expand. */
const UNSUPPORTED_IN_EXPAND = new Set<string>([
  QUERY_OPTION.skip,
  QUERY_OPTION.count,
  QUERY_OPTION.search,
  QUERY_OPTION.levels,
]);
const ALLOWED_IN_EXPAND = new Set<string>([
  QUERY_OPTION.select,
  QUERY_OPTION.filter,
  QUERY_OPTION.orderby,
  QUERY_OPTION.top,
  QUERY_OPTION.expand,
]);

/**
 * Reads `$expand=nav($select=…;$filter=…;$orderby=…;$top=…;$expand=…),other`. Single-valued navigations accept
 * only $select, $filter and $expand (join-tables.md); the rule for nested expands is checked by the caller.
 */
export function parseExpand(text: string, table: TableDef, catalog: Catalog, aliases: AliasLookup): ExpandOption[] {
  return splitTopLevel(text, ',').map((piece) => expandItem(piece.text.trim(), table, catalog, aliases));
}

function expandItem(item: string, table: TableDef, catalog: Catalog, aliases: AliasLookup): ExpandOption {
  const match = ITEM.exec(item);
  const name = match?.[1];
  const rest = (match?.[2] ?? '').trim();
  if (!name) throw queryFault.termNotValid(item);
  if (rest.startsWith('/')) throw queryFault.notImplemented(`$expand=${item}`);
  if (rest !== '' && !(rest.startsWith('(') && rest.endsWith(')'))) throw queryFault.termNotValid(rest);
  const property = resolveProperty(catalog, table, name);
  if (!property) throw fault.unknownProperty(table.logicalName, name);
  if (property.kind !== 'navigation') throw queryFault.notNavigation(name, table.logicalName);
  const navigation = property.navigation;
  const target = catalog.table(navigation.target);
  if (rest === '') return { navigation, table: target, orderBy: [], expand: [], query: '' };

  const inner = rest.slice(1, -1).trim();
  if (inner === '') throw queryFault.missingExpandOption(name);
  const options = new Map<string, string>();
  for (const piece of splitTopLevel(inner, ';')) {
    const eq = piece.text.indexOf('=');
    const option = piece.text.slice(0, eq).trim();
    if (eq < 0 || !option.startsWith('$')) throw queryFault.termNotValid(rest);
    if (options.has(option)) throw queryFault.optionRepeated(option);
    if (UNSUPPORTED_IN_EXPAND.has(option)) throw queryFault.expandOptionNotSupported(option, name);
    if (!ALLOWED_IN_EXPAND.has(option)) throw queryFault.optionNotSupported(option);
    options.set(option, piece.text.slice(eq + 1));
  }
  if (navigation.kind === 'single' && (options.has(QUERY_OPTION.orderby) || options.has(QUERY_OPTION.top))) {
    throw queryFault.expandOptionsNotAllowed();
  }

  const nestedText = options.get(QUERY_OPTION.expand);
  const expand = nestedText === undefined ? [] : parseExpand(nestedText, target, catalog, aliases);
  const selectText = options.get(QUERY_OPTION.select);
  const filterText = options.get(QUERY_OPTION.filter);
  const orderText = options.get(QUERY_OPTION.orderby);
  const topText = options.get(QUERY_OPTION.top);
  const select =
    selectText === undefined
      ? undefined
      : parseSelect(selectText, target, catalog, new Set(expand.map((e) => e.navigation.name)));
  const filter =
    filterText === undefined ? undefined : bindFilter(parseFilter(filterText), target, catalog, aliases, filterText);
  return {
    navigation,
    table: target,
    ...(select ? { select } : {}),
    ...(filter ? { filter } : {}),
    orderBy: orderText === undefined ? [] : parseOrderByOption(orderText, target, catalog),
    ...(topText !== undefined ? { top: parseTop(topText) } : {}),
    expand,
    query: [...options].map(([k, v]) => `${k}=${v}`).join('&'),
  };
}
