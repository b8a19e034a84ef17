import type { Store } from './Store';
import type { StoredRow } from './values';

/**
 * The rows of `table` whose lookup `columns` may point at `id`, in table order: found through the columns' indexes
 * when every one has an index, else every row. A superset: callers still test each row.
 */
export function rowsReferencing(store: Store, table: string, columns: readonly string[], id: string): StoredRow[] {
  const found =
    columns.length > 0
      ? store.probe(
          table,
          columns.map((column) => ({ column, values: [id] })),
        )
      : undefined;
  return found ? found.rows() : [...store.rows(table)];
}
