import { ThrottledError } from '../../dataverse';

/** Work a webhook leaves to the sweep because Dataverse throttled it for longer than its answer can wait. */
export interface Deferral {
  /** The plug-in that deferred, for the log. */
  readonly plugin: string;
  /** The orphan leads now the sweep's to link (counted in its summary). */
  readonly leadsToLink: readonly string[];
  /** Other events deferred (qualifications: the sweep's repair clears their contacts' flag). */
  readonly otherEvents: number;
  /** How long Dataverse asked to wait (Retry-After), when it said. */
  readonly retryAfterMs: number | undefined;
}

/**
 * Where a throttled webhook's work goes in this instance: the sweep takes it and is started early, once the
 * Retry-After has passed (functions/runtime/EarlySweep.ts), instead of the webhook answering 503 — a storm then leaves
 * no failed system jobs, and the lead is linked minutes later rather than at the next timer run.
 */
export interface Deferrals {
  defer(deferral: Deferral): void;
}

/**
 * The throttling a webhook defers: Dataverse's 429 with a Retry-After longer than what is left of the answer's time,
 * which the client therefore gave up waiting for (or did not send for, while its shared pause lasts). Every other
 * transient failure — a 5xx, a lost connection, conflicts retried until the time ran out — answers 503, so Dataverse
 * tries once more: those pass in seconds, and the retry usually succeeds.
 */
export function throttledBeyondBudget(error: unknown): ThrottledError | undefined {
  return error instanceof ThrottledError ? error : undefined;
}
