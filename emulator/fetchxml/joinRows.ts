import type { ColumnDef, TableDef } from '../../schema/types';
import { foldString } from '../odata/collation';
import type { Store } from '../store/Store';
import type { StoredRow } from '../store/values';
import type { BoundLink, BoundQuery } from './boundQuery';
import { comparableOf, storedValueOf } from './columnValues';
import { evaluateFilter, type JoinedRow } from './evaluateFilter';

/**
 * Runs the FROM and WHERE of a query: each root row joined to its link-entities (a link's filter is part of its
 * join; a nested link is joined within its parent link), then the root filter, which may test any joined table.
 * inner drops a row without a match, outer keeps it with nulls, exists and in keep it once without columns.
 */
export function joinRows(query: BoundQuery, store: Store): JoinedRow[] {
  const indexes = new LinkIndexes(store);
  const width = query.scopes.length;
  const result: JoinedRow[] = [];
  for (const row of store.rows(query.root.table.logicalName)) {
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
  const key = parent ? joinKey(link.parent.table, link.to, parent) : undefined;
  const candidates = key === undefined ? [] : indexes.lookup(link, key);
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

/** The linked table's rows by their `from` value, built once per link-entity. */
class LinkIndexes {
  readonly #store: Store;
  readonly #indexes = new Map<BoundLink, Map<string, StoredRow[]>>();

  constructor(store: Store) {
    this.#store = store;
  }

  lookup(link: BoundLink, key: string): readonly StoredRow[] {
    let index = this.#indexes.get(link);
    if (!index) {
      index = new Map();
      for (const row of this.#store.rows(link.scope.table.logicalName)) {
        const k = joinKey(link.scope.table, link.from, row);
        if (k === undefined) continue;
        const list = index.get(k);
        if (list) list.push(row);
        else index.set(k, [row]);
      }
      this.#indexes.set(link, index);
    }
    return index.get(key) ?? [];
  }
}
