import { ColumnIndex } from './ColumnIndex';
import { probeKey, textKey, type IndexKey, type IndexKind, type ProbeValue } from './indexKey';
import type { StoredRow } from './values';

/** A look-up: the rows whose column (or, without one, whose id) equals one of the values. */
export interface Probe {
  readonly column?: string;
  readonly values: readonly ProbeValue[];
}

/** What an index found: at most `size` rows, each of which the caller still tests against its whole filter. */
export interface ProbeResult {
  readonly size: number;
  /** The rows, in the order a scan of the table meets them, so results never depend on whether an index was used. */
  rows(): StoredRow[];
}

/**
 * One table's rows by id, with the indexes kept on them. Every change of a row goes through `put` and `remove`, so
 * the indexes always agree with the rows — also when a transaction restores rows on rollback. Each id has an
 * ordinal that mirrors its place in the Map's iteration order (insertion order; an update keeps the place), which
 * lets an index hand its rows back in scan order.
 */
export class Table {
  readonly #rows = new Map<string, StoredRow>();
  readonly #ordinals = new Map<string, number>();
  #nextOrdinal = 0;
  readonly #indexes = new Map<string, ColumnIndex>();
  /** Ids that are not lower-case printable ASCII, which an id look-up or id order cannot key on. */
  #oddIds = 0;
  /** The ids in order, cached until an id is added or removed. */
  #sorted: { readonly compare: (a: string, b: string) => number; readonly ids: readonly string[] } | undefined;

  get size(): number {
    return this.#rows.size;
  }

  get(id: string): StoredRow | undefined {
    return this.#rows.get(id);
  }

  rows(): IterableIterator<StoredRow> {
    return this.#rows.values();
  }

  put(id: string, row: StoredRow): void {
    const before = this.#rows.get(id);
    this.#rows.set(id, row);
    if (before) {
      for (const index of this.#indexes.values()) index.replace(id, before.values, row.values);
      return;
    }
    this.#ordinals.set(id, this.#nextOrdinal++);
    if (textKey(id) !== id) this.#oddIds++;
    this.#sorted = undefined;
    for (const index of this.#indexes.values()) index.add(id, row.values);
  }

  remove(id: string): void {
    const before = this.#rows.get(id);
    if (!before) return;
    for (const index of this.#indexes.values()) index.remove(id, before.values);
    this.#rows.delete(id);
    this.#ordinals.delete(id);
    if (textKey(id) !== id) this.#oddIds--;
    this.#sorted = undefined;
  }

  /** Starts indexing a column (once), filing the rows already there. */
  index(column: string, kind: IndexKind): void {
    if (this.#indexes.has(column)) return;
    const index = new ColumnIndex(column, kind);
    for (const [id, row] of this.#rows) index.add(id, row.values);
    this.#indexes.set(column, index);
  }

  /**
   * The rows that may match any of the probes (one probe, or the branches of an `or`); undefined when an index cannot
   * answer for one of them (a column not indexed, a value without a key): the caller scans instead.
   */
  probe(anyOf: readonly Probe[]): ProbeResult | undefined {
    const found: Found[] = [];
    for (const probe of anyOf) {
      const one =
        probe.column === undefined ? this.#probeIds(probe.values) : this.#probeColumn(probe.column, probe.values);
      if (!one) return undefined;
      found.push(one);
    }
    return {
      size: found.reduce((sum, f) => sum + f.size, 0),
      rows: () => {
        const ids = new Set<string>();
        for (const f of found) f.collect(ids);
        return this.#inScanOrder(ids);
      },
    };
  }

  /** Every id, ordered by `compare`; undefined while some id is not lower-case printable ASCII. */
  orderedIds(compare: (a: string, b: string) => number): readonly string[] | undefined {
    if (this.#oddIds > 0) return undefined;
    if (this.#sorted?.compare !== compare) this.#sorted = { compare, ids: [...this.#rows.keys()].sort(compare) };
    return this.#sorted.ids;
  }

  #probeIds(values: readonly ProbeValue[]): Found | undefined {
    if (this.#oddIds > 0) return undefined;
    const keys = keysOf(values, 'text');
    if (!keys) return undefined;
    const ids = [...keys].filter((id): id is string => typeof id === 'string' && this.#rows.has(id));
    return { size: ids.length, collect: (into) => ids.forEach((id) => into.add(id)) };
  }

  #probeColumn(column: string, values: readonly ProbeValue[]): Found | undefined {
    const index = this.#indexes.get(column);
    const keys = index ? keysOf(values, index.kind) : undefined;
    if (!index || !keys) return undefined;
    return { size: index.count(keys), collect: (into) => index.collect(keys, into) };
  }

  #inScanOrder(ids: Iterable<string>): StoredRow[] {
    const ordinal = (id: string) => this.#ordinals.get(id) ?? 0;
    return [...ids]
      .sort((a, b) => ordinal(a) - ordinal(b))
      .map((id) => this.#rows.get(id))
      .filter((row): row is StoredRow => row !== undefined);
  }
}

/** What one probe found: how many ids at most, and a way to gather them. */
interface Found {
  readonly size: number;
  collect(into: Set<string>): void;
}

/** The distinct keys of the values, or undefined when one has none. */
function keysOf(values: readonly ProbeValue[], kind: IndexKind): Set<IndexKey> | undefined {
  const keys = new Set<IndexKey>();
  for (const value of values) {
    const key = probeKey(value, kind);
    if (key === undefined) return undefined;
    keys.add(key);
  }
  return keys;
}
