import type { IndexKind, ProbeValue } from './indexKey';
import { Table, type Probe, type ProbeResult } from './Table';
import type { RowValues, StoredRow, StoredValue } from './values';
import { isEntityRef } from './values';

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

export interface StoreOptions {
  /** False keeps no index: every look-up scans, as a reference for tests and benchmarks. Default true. */
  readonly indexes?: boolean;
}

/**
 * The in-memory rows, by table and id. Every write bumps a store-wide row version (the ETag). Writes made inside
 * `transaction` are all undone if it throws — that is how a $batch change set stays atomic. Listeners hear about
 * changes only after the outermost transaction commits, the way Dataverse runs post-operation async steps after
 * the transaction.
 *
 * Columns named in `defineIndex` are indexed (Table.ts): look-ups by id, by an indexed column or by an alternate key
 * cost about the same whatever the table's size, as they do in Dataverse, whose tables are SQL tables with indexes.
 */
export class Store {
  readonly #tables = new Map<string, Table>();
  readonly #indexes: boolean;
  #version = 1000;
  #journal: Journal | undefined;
  #pending: StoreChange[] = [];
  readonly #listeners: ((changes: readonly StoreChange[]) => void)[] = [];

  constructor(options: StoreOptions = {}) {
    this.#indexes = options.indexes ?? true;
  }

  get(table: string, id: string): StoredRow | undefined {
    return this.#tables.get(table)?.get(id);
  }

  rows(table: string): IterableIterator<StoredRow> {
    return this.#tables.get(table)?.rows() ?? new Map<string, StoredRow>().values();
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
    this.#tables.get(table)?.remove(id);
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
        if (row) this.#table(table).put(id, row);
        else this.#tables.get(table)?.remove(id);
      }
      this.#journal = undefined;
      this.#pending.length = pendingBefore;
      throw error;
    }
  }

  /**
   * The first row, in table order, whose values equal all of `key` (alternate keys, duplicate checks). An indexed
   * column of the key narrows the rows tested; the test itself stays strict equality.
   */
  findByValues(table: string, key: Readonly<Record<string, StoredValue>>): StoredRow | undefined {
    const entries = Object.entries(key);
    const narrowed = this.narrowest(
      table,
      entries.flatMap(([column, value]) => {
        const probe = probeValueOf(value);
        return probe === undefined ? [] : [[{ column, values: [probe] }]];
      }),
    );
    for (const row of narrowed?.rows() ?? this.rows(table)) {
      if (entries.every(([k, v]) => row.values[k] === v)) return row;
    }
    return undefined;
  }

  /** Indexes `column` of `table` from now on (rows already there included); ignored when indexes are off. */
  defineIndex(table: string, column: string, kind: IndexKind): void {
    if (this.#indexes) this.#table(table).index(column, kind);
  }

  /** The rows that may match any of the probes (Table.probe), or undefined when no index can answer: then scan. */
  probe(table: string, anyOf: readonly Probe[]): ProbeResult | undefined {
    if (!this.#indexes) return undefined;
    return (this.#tables.get(table) ?? new Table()).probe(anyOf);
  }

  /**
   * Of several conditions that must all hold, each given as the probes whose union covers it, the one whose rows are
   * fewest; undefined when no index can answer for any of them.
   */
  narrowest(table: string, conditions: readonly (readonly Probe[])[]): ProbeResult | undefined {
    let best: ProbeResult | undefined;
    for (const anyOf of conditions) {
      const result = this.probe(table, anyOf);
      if (result && (!best || result.size < best.size)) best = result;
    }
    return best;
  }

  /** The table's ids ordered by `compare` (cached until an id comes or goes); undefined when not available. */
  orderedIds(table: string, compare: (a: string, b: string) => number): readonly string[] | undefined {
    if (!this.#indexes) return undefined;
    return (this.#tables.get(table) ?? new Table()).orderedIds(compare);
  }

  #put(table: string, id: string, row: StoredRow): void {
    this.#remember(table, id);
    this.#table(table).put(id, row);
  }

  #table(name: string): Table {
    let table = this.#tables.get(name);
    if (!table) {
      table = new Table();
      this.#tables.set(name, table);
    }
    return table;
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

/** What a strict-equality test on `value` can look up in an index: a lookup by its id, a plain value as itself. */
function probeValueOf(value: StoredValue | undefined): ProbeValue | undefined {
  if (value === null || value === undefined || Array.isArray(value)) return undefined;
  return isEntityRef(value) ? value.id : (value as ProbeValue);
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}
