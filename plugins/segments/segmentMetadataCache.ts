/**
 * Table metadata changes rarely and costs fifteen requests to read, so a long-lived caller (the function app) keeps
 * it for a minute per client — short, so a column an admin just added is accepted soon after. A failed load is not
 * kept: the next call tries again.
 */
import type { DataverseClient } from '../../dataverse';
import { entityDefinitionsMetadata } from './entityDefinitionsMetadata';
import type { SegmentMetadata } from './SegmentMetadata';

export const METADATA_CACHE_MS = 60_000;

interface Entry {
  readonly expires: number;
  readonly loaded: Promise<SegmentMetadata>;
}

export class SegmentMetadataCache {
  readonly #entries = new WeakMap<DataverseClient, Entry>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(ttlMs = METADATA_CACHE_MS, now: () => number = Date.now) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  get(client: DataverseClient): Promise<SegmentMetadata> {
    const cached = this.#entries.get(client);
    if (cached && cached.expires > this.#now()) return cached.loaded;
    const loaded = entityDefinitionsMetadata(client);
    this.#entries.set(client, { expires: this.#now() + this.#ttlMs, loaded });
    loaded.catch(() => {
      if (this.#entries.get(client)?.loaded === loaded) this.#entries.delete(client);
    });
    return loaded;
  }
}
