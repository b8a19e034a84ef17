import type { TableDef } from '../../../schema/types';
import { fault } from '../../errors/faults';
import type { Catalog } from '../../metadata/catalog';
import { parseOrderBy } from '../filter/parseFilter';
import { resolveProperty } from '../properties';
import { queryFault } from '../queryFaults';
import type { OrderKey } from './QueryOptions';

/** Reads `$orderby`: properties of the queried table, each `asc` (default) or `desc`. */
export function parseOrderByOption(text: string, table: TableDef, catalog: Catalog): OrderKey[] {
  return parseOrderBy(text).map((key) => {
    if (key.path.length > 1) throw queryFault.pathNotSupported('$orderby', key.path.join('/'));
    const name = key.path[0] ?? '';
    const property = resolveProperty(catalog, table, name);
    if (!property) throw fault.unknownProperty(table.logicalName, name);
    if (property.kind === 'navigation') throw queryFault.orderByNotSingleValue();
    if (property.column.validForRead === false) throw queryFault.notReadable(table.logicalName, property.column.name);
    return { property: name, column: property.column, descending: key.descending };
  });
}
