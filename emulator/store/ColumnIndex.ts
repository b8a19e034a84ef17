import { storedKey, type IndexKey, type IndexKind } from './indexKey';
import type { RowValues } from './values';

const ASIDE = Symbol('aside');

/** The ids filed under one key: a lone id as itself (most lookups point at one row), more as a set. */
type Bucket = string | Set<string>;

/**
 * One column's index: row ids by the key of the column's value (indexKey.ts). Rows whose value has no key are kept
 * aside and belong to every look-up; rows where the column is empty are not filed, as no equality holds for null.
 */
export class ColumnIndex {
  readonly #byKey = new Map<IndexKey, Bucket>();
  readonly #aside = new Set<string>();

  constructor(
    readonly column: string,
    readonly kind: IndexKind,
  ) {}

  add(id: string, values: RowValues): void {
    const key = this.#keyOf(values);
    if (key === ASIDE) this.#aside.add(id);
    else if (key !== undefined) {
      const bucket = this.#byKey.get(key);
      if (bucket === undefined) this.#byKey.set(key, id);
      else if (typeof bucket === 'string') this.#byKey.set(key, new Set([bucket, id]));
      else bucket.add(id);
    }
  }

  remove(id: string, values: RowValues): void {
    const key = this.#keyOf(values);
    if (key === ASIDE) this.#aside.delete(id);
    else if (key !== undefined) {
      const bucket = this.#byKey.get(key);
      if (bucket === id) this.#byKey.delete(key);
      else if (typeof bucket === 'object') {
        bucket.delete(id);
        if (bucket.size === 1) this.#byKey.set(key, bucket.values().next().value as string);
      }
    }
  }

  /** Files a row again after an update; a column the update left alone (the same value) is not touched. */
  replace(id: string, before: RowValues, after: RowValues): void {
    if (before[this.column] === after[this.column]) return;
    this.remove(id, before);
    this.add(id, after);
  }

  /** How many ids `collect` would give for these keys (an upper bound on the rows that match). */
  count(keys: Iterable<IndexKey>): number {
    let total = this.#aside.size;
    for (const key of keys) {
      const bucket = this.#byKey.get(key);
      total += bucket === undefined ? 0 : typeof bucket === 'string' ? 1 : bucket.size;
    }
    return total;
  }

  /** Where a row is filed: under a key, aside (a value without one), or nowhere (an empty column). */
  #keyOf(values: RowValues): IndexKey | typeof ASIDE | undefined {
    const value = values[this.column];
    if (value === undefined || value === null) return undefined;
    return storedKey(value, this.kind) ?? ASIDE;
  }

  /** Adds to `into` the ids of every row that may hold one of the keys. */
  collect(keys: Iterable<IndexKey>, into: Set<string>): void {
    for (const id of this.#aside) into.add(id);
    for (const key of keys) {
      const bucket = this.#byKey.get(key);
      if (typeof bucket === 'string') into.add(bucket);
      else if (bucket) for (const id of bucket) into.add(id);
    }
  }
}
