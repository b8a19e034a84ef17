/**
 * Table metadata changes rarely and costs fifteen requests to read, so a long-lived caller (the function app) keeps
 * it for a few minutes per client. A failed load is not kept: the next call tries again.
 */
import type { DataverseClient } from '../../dataverse';
import {
  loadSegmentMetadata,
  type LoadedSegmentMetadata,
  type LoadSegmentMetadataOptions,
} from './loadSegmentMetadata';

export const METADATA_CACHE_MS = 5 * 60_000;

interface Entry {
  readonly expires: number;
  readonly loaded: Promise<LoadedSegmentMetadata>;
}

export class SegmentMetadataCache {
  readonly #entries = new WeakMap<DataverseClient, Entry>();
  readonly #options: LoadSegmentMetadataOptions;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: LoadSegmentMetadataOptions = {}, ttlMs = METADATA_CACHE_MS, now: () => number = Date.now) {
    this.#options = options;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  get(client: DataverseClient): Promise<LoadedSegmentMetadata> {
    const cached = this.#entries.get(client);
    if (cached && cached.expires > this.#now()) return cached.loaded;
    const loaded = loadSegmentMetadata(client, this.#options);
    this.#entries.set(client, { expires: this.#now() + this.#ttlMs, loaded });
    loaded.catch(() => {
      if (this.#entries.get(client)?.loaded === loaded) this.#entries.delete(client);
    });
    return loaded;
  }
}
