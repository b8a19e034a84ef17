/** One request the emulator answered: what tests and benchmarks count. */
export interface RequestLogEntry {
  readonly seq: number;
  readonly method: string;
  /** Path and query below the service root, e.g. `leads?$select=subject`. */
  readonly path: string;
  readonly status: number;
  /** Milliseconds from arrival to response. */
  readonly durationMs: number;
  /** Arrival time (ms since epoch). */
  readonly startedAt: number;
  readonly user: string;
  /** For $batch: the number of operations inside. */
  readonly operations?: number;
}

/** An append-only log of answered requests, bounded so a long `npm start` doesn't grow without end. */
export class RequestLog {
  readonly #entries: RequestLogEntry[] = [];
  #seq = 0;

  constructor(private readonly capacity = 200_000) {}

  add(entry: Omit<RequestLogEntry, 'seq'>): void {
    this.#entries.push({ ...entry, seq: ++this.#seq });
    if (this.#entries.length > this.capacity) this.#entries.splice(0, this.#entries.length - this.capacity);
  }

  entries(since = 0): readonly RequestLogEntry[] {
    return this.#entries.filter((e) => e.seq > since);
  }

  /** The sequence number of the latest entry, to take a mark and count what follows. */
  get mark(): number {
    return this.#seq;
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
