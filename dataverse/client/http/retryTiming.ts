/**
 * When to retry and how long to wait, in one place. `Retry-After` is authoritative (seconds or an HTTP date, RFC 9110
 * §10.2.3); only when it is absent does the client fall back to its own exponential backoff with jitter, as
 * Microsoft's guidance for service protection limits says
 * (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#how-to-re-try).
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  readonly maxAttempts: number;
  /** Total time a call may take, waits included; a wait that would end past it is not started. */
  readonly timeBudgetMs: number;
  /** First backoff step; the n-th retry waits about `baseDelayMs * 2^(n-1)`. */
  readonly baseDelayMs: number;
  /** Longest single backoff wait. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  timeBudgetMs: 120_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
};

/** Gateway and availability failures: the request did not run, or may run again safely after a pause. */
const TRANSIENT_STATUS = new Set([502, 503, 504]);

export function isTransientStatus(status: number | undefined): boolean {
  return status !== undefined && TRANSIENT_STATUS.has(status);
}

/** Node's codes for a connection that broke under the request (`socket hang up` is reported as ECONNRESET). */
const CONNECTION_RESET = new Set(['ECONNRESET', 'EPIPE']);

export function isConnectionReset(errorCode: string | undefined, message = ''): boolean {
  return (errorCode !== undefined && CONNECTION_RESET.has(errorCode)) || /socket hang up/i.test(message);
}

/**
 * The wait `Retry-After` asks for, in ms: delay-seconds (`120`) or an HTTP date, relative to `now`. Undefined when
 * the header is absent or unreadable, so the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  // HTTP dates start with the day name (RFC 9110 §5.6.7); Date.parse alone would read "-5" as a year.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Exponential backoff with "equal jitter": half of the step is fixed, half random, so waits grow with every attempt
 * yet callers that failed together do not retry together.
 * @param attempt the attempt that just failed, from 1
 * @param random a number in [0, 1)
 */
export function backoffDelay(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: number,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random * (step / 2));
}
