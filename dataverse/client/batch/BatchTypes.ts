/** The shapes of a `$batch`: what goes in (operations, change sets) and what comes out (one result per operation). */
import type { DataverseError } from '../../errors/DataverseError';
import type { HttpMethod } from '../http/DataverseRequest';

export interface BatchOperation {
  readonly method: HttpMethod;
  /** A path relative to the Web API root (`contacts(…)`), or inside a change set a reference such as `$1`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  /**
   * Inside a change set: the Content-ID that later operations of the same change set reference as `$<id>`.
   * Defaults to the operation's position in its change set, from 1.
   */
  readonly contentId?: string;
}

/** Operations that succeed or fail together (one transaction). GET is not allowed in a change set. */
export interface BatchChangeSet {
  readonly changeSet: readonly BatchOperation[];
}

export type BatchItem = BatchOperation | BatchChangeSet;

export interface BatchOptions {
  /**
   * `Prefer: odata.continue-on-error`: run every part even after a failure. Without it Dataverse stops at the first
   * failure; the parts after it come back as not executed.
   */
  readonly continueOnError?: boolean;
}

export interface BatchResult {
  /** The operation's position among all operations of the batch, change set members included, from 0. */
  readonly index: number;
  readonly method: HttpMethod;
  readonly url: string;
  /** The Content-ID of a change set member. */
  readonly contentId?: string;
  /** False when Dataverse did not run the operation (the batch stopped at an earlier failure). */
  readonly executed: boolean;
  /** The part's HTTP status; undefined when not executed. */
  readonly status?: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The body parsed, when it is JSON. */
  readonly json?: unknown;
  /** The record id from `OData-EntityId`, for creates and upserts. */
  readonly entityId?: string;
  /** Set when the part failed or was not executed. */
  readonly error?: DataverseError;
}

export function isChangeSet(item: BatchItem): item is BatchChangeSet {
  return 'changeSet' in item;
}
