import type { RowValues, StoredRow, StoredValue } from './values';

/** A change the store made, for webhooks: what the row was and what it became. */
export interface StoreChange {
  readonly kind: 'create' | 'update' | 'delete';
  readonly table: string;
  readonly id: string;
  readonly before: StoredRow | undefined;
  readonly after: StoredRow | undefined;
  /** The columns the request set (create/update), as given. */
  readonly written: RowValues;
}

type Journal = Map<string, StoredRow | undefined>;

/**
 * The in-memory rows, by table and id. Every write bumps a store-wide row version (the ETag). Writes made inside
 * `transaction` are all undone if it throws — that is how a $batch change set stays atomic. Listeners hear about
 * changes only after the outermost transaction commits, the way Dataverse runs post-operation async steps after
 * the transaction.
 */
export class Store {
  readonly #tables = new Map<string, Map<string, StoredRow>>();
  #version = 1000;
  #journal: Journal | undefined;
  #pending: StoreChange[] = [];
  readonly #listeners: ((changes: readonly StoreChange[]) => void)[] = [];

  get(table: string, id: string): StoredRow | undefined {
    return this.#tables.get(table)?.get(id);
  }

  rows(table: string): IterableIterator<StoredRow> {
    return (this.#tables.get(table) ?? new Map<string, StoredRow>()).values();
  }

  count(table: string): number {
    return this.#tables.get(table)?.size ?? 0;
  }

  onCommit(listener: (changes: readonly StoreChange[]) => void): void {
    this.#listeners.push(listener);
  }

  /**
   * `versionColumn` names the table's row-version column (versionnumber), which then holds the same number as the
   * ETag; it is not part of what the request wrote.
   */
  insert(table: string, id: string, values: RowValues, versionColumn?: string): StoredRow {
    const version = ++this.#version;
    const row: StoredRow = { table, id, values: { ...values, ...versioned(versionColumn, version) }, version };
    this.#put(table, id, row);
    this.#record({ kind: 'create', table, id, before: undefined, after: row, written: values });
    return row;
  }

  update(table: string, id: string, changes: RowValues, versionColumn?: string): StoredRow {
    const before = this.get(table, id);
    if (!before) throw new Error(`update of a missing row ${table}(${id})`);
    const version = ++this.#version;
    const values = { ...before.values, ...changes, ...versioned(versionColumn, version) };
    const row: StoredRow = { table, id, values, version };
    this.#put(table, id, row);
    this.#record({ kind: 'update', table, id, before, after: row, written: changes });
    return row;
  }

  delete(table: string, id: string): StoredRow | undefined {
    const before = this.get(table, id);
    if (!before) return undefined;
    this.#remember(table, id);
    this.#tables.get(table)?.delete(id);
    this.#record({ kind: 'delete', table, id, before, after: undefined, written: {} });
    return before;
  }

  /** Runs `work` atomically: if it throws, every row it wrote is restored and no change is announced. */
  transaction<T>(work: () => T): T {
    if (this.#journal) return work();
    const journal: Journal = new Map();
    this.#journal = journal;
    const pendingBefore = this.#pending.length;
    try {
      const result = work();
      this.#journal = undefined;
      this.#flush();
      return result;
    } catch (error) {
      for (const [key, row] of journal) {
        const [table, id] = splitKey(key);
        if (row) this.#tableRows(table).set(id, row);
        else this.#tables.get(table)?.delete(id);
      }
      this.#journal = undefined;
      this.#pending.length = pendingBefore;
      throw error;
    }
  }

  /** Finds rows whose values equal all of `key` (alternate keys, duplicate checks). */
  findByValues(table: string, key: Readonly<Record<string, StoredValue>>): StoredRow | undefined {
    const entries = Object.entries(key);
    for (const row of this.rows(table)) {
      if (entries.every(([k, v]) => row.values[k] === v)) return row;
    }
    return undefined;
  }

  #put(table: string, id: string, row: StoredRow): void {
    this.#remember(table, id);
    this.#tableRows(table).set(id, row);
  }

  #tableRows(table: string): Map<string, StoredRow> {
    let rows = this.#tables.get(table);
    if (!rows) {
      rows = new Map();
      this.#tables.set(table, rows);
    }
    return rows;
  }

  #remember(table: string, id: string): void {
    const key = `${table}\u0000${id}`;
    if (this.#journal && !this.#journal.has(key)) this.#journal.set(key, this.get(table, id));
  }

  #record(change: StoreChange): void {
    this.#pending.push(change);
    if (!this.#journal) this.#flush();
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    const changes = this.#pending;
    this.#pending = [];
    for (const listener of this.#listeners) listener(changes);
  }
}

function versioned(column: string | undefined, version: number): RowValues {
  return column === undefined ? {} : { [column]: version };
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}
