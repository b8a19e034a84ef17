import type { ColumnDef, TableDef } from '../../schema/types';
import { foldString } from '../odata/collation';
import type { ProbeValue } from '../store/indexKey';
import type { Store } from '../store/Store';
import type { StoredRow } from '../store/values';
import type { BoundLink, BoundQuery } from './boundQuery';
import { comparableOf, storedValueOf } from './columnValues';
import { evaluateFilter, type JoinedRow } from './evaluateFilter';
import { indexedRootRows } from './indexedRootRows';

/**
 * Runs the FROM and WHERE of a query: each root row joined to its link-entities (a link's filter is part of its
 * join; a nested link is joined within its parent link), then the root filter, which may test any joined table.
 * inner drops a row without a match, outer keeps it with nulls, exists and in keep it once without columns. The
 * store's indexes only choose which rows are tested (indexedRootRows, LinkIndexes): rows come in table order either
 * way, so the result is the same as a scan's.
 */
export function joinRows(query: BoundQuery, store: Store): JoinedRow[] {
  const indexes = new LinkIndexes(store);
  const width = query.scopes.length;
  const result: JoinedRow[] = [];
  const roots =
    (query.filter && indexedRootRows(store, query.root.table, query.filter)) ??
    store.rows(query.root.table.logicalName);
  for (const row of roots) {
    const start: (StoredRow | undefined)[] = new Array<StoredRow | undefined>(width).fill(undefined);
    start[0] = row;
    for (const joined of joinAll([start], query.links, indexes)) {
      if (!query.filter || evaluateFilter(query.filter, joined)) result.push(joined);
    }
  }
  return result;
}

function joinAll(rows: JoinedRow[], links: readonly BoundLink[], indexes: LinkIndexes): JoinedRow[] {
  let current = rows;
  for (const link of links) current = current.flatMap((row) => joinOne(row, link, indexes));
  return current;
}

function joinOne(row: JoinedRow, link: BoundLink, indexes: LinkIndexes): JoinedRow[] {
  const parent = row[link.parent.index];
  const candidates = parent ? indexes.lookup(link, parent) : [];
  const matches: JoinedRow[] = [];
  for (const candidate of candidates) {
    const withLink = [...row];
    withLink[link.scope.index] = candidate;
    if (link.filter && !evaluateFilter(link.filter, withLink)) continue;
    matches.push(...joinAll([withLink], link.links, indexes));
  }
  switch (link.linkType) {
    case 'inner':
      return matches;
    case 'outer':
      return matches.length > 0 ? matches : [row];
    case 'exists':
    case 'in':
      return matches.length > 0 ? [row] : [];
  }
}

/** Join values compare as SQL does: GUIDs and text under the collation (no case, no accents); null never matches. */
function joinKey(table: TableDef, column: ColumnDef, row: StoredRow): string | undefined {
  const value = comparableOf(column, storedValueOf(table, column, row));
  if (value === null || Array.isArray(value)) return undefined;
  return typeof value === 'string' ? `s:${foldString(value)}` : `${typeof value}:${String(value)}`;
}

/**
 * The linked rows matching a parent row, by the link's `from` value: through the store's index on that column (or the
 * id) when it has one, else from an index of the linked table built on first use; either way once per value.
 */
class LinkIndexes {
  readonly #store: Store;
  readonly #built = new Map<BoundLink, Map<string, StoredRow[]>>();
  readonly #probed = new Map<BoundLink, Map<string, StoredRow[]>>();

  constructor(store: Store) {
    this.#store = store;
  }

  lookup(link: BoundLink, parent: StoredRow): readonly StoredRow[] {
    const key = joinKey(link.parent.table, link.to, parent);
    if (key === undefined) return [];
    let probed = this.#probed.get(link);
    const known = probed?.get(key);
    if (known) return known;
    const found = this.#probe(link, parent, key);
    if (!found) return this.#build(link).get(key) ?? [];
    if (!probed) this.#probed.set(link, (probed = new Map()));
    probed.set(key, found);
    return found;
  }

  #probe(link: BoundLink, parent: StoredRow, key: string): StoredRow[] | undefined {
    const value = comparableOf(link.to, storedValueOf(link.parent.table, link.to, parent));
    if (value === null || Array.isArray(value)) return undefined;
    const table = link.scope.table;
    const column = link.from.name === table.primaryIdAttribute ? undefined : link.from.name;
    const found = this.#store.probe(table.logicalName, [
      { ...(column !== undefined ? { column } : {}), values: [value as ProbeValue] },
    ]);
    return found?.rows().filter((row) => joinKey(table, link.from, row) === key);
  }

  #build(link: BoundLink): Map<string, StoredRow[]> {
    let index = this.#built.get(link);
    if (!index) {
      index = new Map();
      for (const row of this.#store.rows(link.scope.table.logicalName)) {
        const k = joinKey(link.scope.table, link.from, row);
        if (k === undefined) continue;
        const list = index.get(k);
        if (list) list.push(row);
        else index.set(k, [row]);
      }
      this.#built.set(link, index);
    }
    return index;
  }
}
