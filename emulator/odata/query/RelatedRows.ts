import type { NavigationDef } from '../../../schema/types';
import type { Store } from '../../store/Store';
import type { StoredRow } from '../../store/values';
import { isEntityRef } from '../../store/values';

/**
 * The rows on the many side of a one-to-many relationship (a collection-valued navigation property): through the
 * store's index on the lookup when it has one, else from an index built on first use, so
 * `lead_parent_contact/any(…)` over many contacts reads the lead table once per query. Children come in table order.
 */
export class RelatedRows {
  readonly #indexes = new Map<string, Map<string, StoredRow[]>>();

  constructor(readonly store: Store) {}

  children(navigation: NavigationDef, parent: StoredRow): readonly StoredRow[] {
    const indexed = this.store.probe(navigation.target, [{ column: navigation.lookup, values: [parent.id] }]);
    if (indexed) return indexed.rows().filter((row) => pointsAt(row.values[navigation.lookup], parent));
    return this.#index(navigation).get(key(parent.table, parent.id)) ?? [];
  }

  #index(navigation: NavigationDef): Map<string, StoredRow[]> {
    const name = `${navigation.target}\u0000${navigation.lookup}`;
    let index = this.#indexes.get(name);
    if (index) return index;
    index = new Map();
    for (const row of this.store.rows(navigation.target)) {
      const ref = row.values[navigation.lookup];
      if (!isEntityRef(ref)) continue;
      const k = key(ref.logicalName, ref.id);
      const list = index.get(k);
      if (list) list.push(row);
      else index.set(k, [row]);
    }
    this.#indexes.set(name, index);
    return index;
  }
}

function pointsAt(value: StoredRow['values'][string] | undefined, parent: StoredRow): boolean {
  return isEntityRef(value) && key(value.logicalName, value.id) === key(parent.table, parent.id);
}

function key(table: string, id: string): string {
  return `${table}\u0000${id.toLowerCase()}`;
}
