import { DEFAULT_CONCURRENCY } from '../../dataverse';
import type { ContactMatchingStrategy } from '../identity';
import type { PluginLogger } from '../Plugin';
import type { Partition } from './partition';

/** Where a run is, after each page. */
export interface SweepProgress {
  readonly phase: 'link' | 'flags' | 'opt-outs';
  /** Leads read so far in this phase. */
  readonly scanned: number;
  readonly linked: number;
  readonly created: number;
  readonly flagsCleared: number;
  readonly failed: number;
}

export interface SweepOptions {
  /** Read and plan; write nothing; every request is a GET. */
  readonly dryRun?: boolean;
  /** Leads read at most, per phase (orphan leads; qualified leads). */
  readonly limit?: number;
  /** This process's share of the leads; the whole table by default. */
  readonly partition?: Partition;
  /** Requests the sweep keeps in flight at once (also cap the client's own concurrency to this). */
  readonly concurrency?: number;
  /** Link orphan leads even while leadlink_OrphanLeadContactCreation is off (the CLI's --force-on). */
  readonly forceOn?: boolean;
  /** Stops the run between two requests; what is done stays done. */
  readonly signal?: AbortSignal;
  readonly strategy?: ContactMatchingStrategy;
  /** Leads per page (Dataverse's default and maximum, 5,000). */
  readonly pageSize?: number;
  readonly onProgress?: (progress: SweepProgress) => void;
  readonly log?: PluginLogger;
  readonly clock?: () => number;
  /** Leads webhooks left to the sweep under throttling: the summary says how many of them this run linked. */
  readonly deferred?: DeferredLeads;
}

/**
 * The leads webhooks deferred to the sweep (plugins/groupCommit keeps them per process). A run reads them when it
 * begins and, once it has gone through every orphan lead, settles them: it linked them, or found them linked, closed
 * or failing (listed in its failures).
 */
export interface DeferredLeads {
  /** The lead ids deferred and not yet settled. */
  waiting(): ReadonlySet<string>;
  settle(leadIds: ReadonlySet<string>): void;
}

/** Dataverse's largest page (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results). */
export const MAX_PAGE_SIZE = 5000;
/** Dataverse refuses more than 52 concurrent requests per user (api-limits). */
export const MAX_CONCURRENCY = 52;

export interface ResolvedSweepOptions {
  readonly dryRun: boolean;
  readonly limit: number;
  readonly partition: Partition;
  readonly concurrency: number;
  readonly forceOn: boolean;
  readonly pageSize: number;
}

/** Checks the options a caller may get wrong; the message names the option and the allowed range. */
export function resolveSweepOptions(options: SweepOptions, whole: Partition): ResolvedSweepOptions {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (limit !== Number.POSITIVE_INFINITY && (!Number.isInteger(limit) || limit < 1)) {
    throw new RangeError(`limit must be a whole number of at least 1, got ${limit}`);
  }
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new RangeError(`concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, got ${concurrency}`);
  }
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  return {
    dryRun: options.dryRun === true,
    limit,
    partition: options.partition ?? whole,
    concurrency,
    forceOn: options.forceOn === true,
    pageSize,
  };
}
