import type { ColumnDef, TableDef } from '../../schema/types';
import type { ProbeValue } from '../store/indexKey';
import type { Store } from '../store/Store';
import type { Probe } from '../store/Table';
import type { StoredRow } from '../store/values';
import type { BoundCondition, BoundFilter } from './boundQuery';

type FilterNode = BoundCondition | BoundFilter;

/**
 * The root rows a query's filter can only hold for, found through the store's indexes, in table order: of what the
 * filter's top-level `and` requires, each `eq` or `in` condition on an indexed root column (or the primary key), or an
 * `or` of such, names the rows it allows, and the narrowest wins. Undefined when nothing can be answered so; the
 * caller scans. Every row returned is still tested against the whole filter.
 */
export function indexedRootRows(store: Store, table: TableDef, filter: BoundFilter): StoredRow[] | undefined {
  const covers = conjuncts(filter).map((node) => coverOf(node, table));
  return store
    .narrowest(
      table.logicalName,
      covers.filter((c) => c !== undefined),
    )
    ?.rows();
}

/** The nodes an `and` requires, nested `and` filters opened; any other node stands alone. */
function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'filter' && node.type === 'and' ? node.children.flatMap(conjuncts) : [node];
}

/** Look-ups that together cover every root row the node can hold for; undefined when there are none. */
function coverOf(node: FilterNode, table: TableDef): Probe[] | undefined {
  if (node.kind === 'condition') {
    const values = node.scope.index === 0 ? node.equals : undefined;
    if (!values || values.some((v) => Array.isArray(v))) return undefined;
    return [probe(table, node.column, values as readonly ProbeValue[])];
  }
  if (node.type === 'and') {
    for (const child of conjuncts(node)) {
      const cover = coverOf(child, table);
      if (cover) return cover;
    }
    return undefined;
  }
  // An empty `or` holds for every row (evaluateFilter), so it narrows nothing.
  if (node.children.length === 0) return undefined;
  const covers = node.children.map((child) => coverOf(child, table));
  return covers.every((c) => c !== undefined) ? covers.flat() : undefined;
}

function probe(table: TableDef, column: ColumnDef, values: readonly ProbeValue[]): Probe {
  return column.name === table.primaryIdAttribute ? { values } : { column: column.name, values };
}
