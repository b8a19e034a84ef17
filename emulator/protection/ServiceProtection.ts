import { DataverseFault } from '../errors/DataverseFault';
import { ERROR_CODE } from '../errors/faults';
import { DATAVERSE_LIMITS, type ProtectionLimits } from './limits';

interface UserWindow {
  /** Start times of requests still inside the window, oldest first. */
  readonly starts: number[];
  /** [end time, duration] of finished requests inside the window. */
  readonly executions: [number, number][];
  inFlight: number;
}

/**
 * Counts each user's requests, execution time and concurrency, and refuses with 429 + Retry-After and the real error
 * codes once a limit is crossed. The requests and execution-time limits apply after being exceeded; the concurrency
 * limit applies at once, as Dataverse documents.
 */
export class ServiceProtection {
  #limits: ProtectionLimits;
  readonly #users = new Map<string, UserWindow>();

  constructor(
    limits: Partial<ProtectionLimits> = {},
    private readonly clock: () => number = Date.now,
  ) {
    this.#limits = { ...DATAVERSE_LIMITS, ...limits };
  }

  get limits(): ProtectionLimits {
    return this.#limits;
  }

  configure(limits: Partial<ProtectionLimits>): void {
    this.#limits = { ...this.#limits, ...limits };
    this.#users.clear();
  }

  /** Admits a request or throws the 429 fault. Call `release` with the same user when it finishes. */
  admit(user: string): void {
    const now = this.clock();
    const w = this.#window(user, now);
    const { requests, executionMs, concurrent, windowMs } = this.#limits;
    if (w.starts.length >= requests) {
      const retryMs = (w.starts[0] ?? now) + windowMs - now;
      throw throttled(
        ERROR_CODE.requestsLimit,
        `Number of requests exceeded the limit of ${requests} over time window of ${windowMs / 1000} seconds.`,
        retryMs,
      );
    }
    const spent = w.executions.reduce((sum, [, d]) => sum + d, 0);
    if (spent >= executionMs) {
      const retryMs = (w.executions[0]?.[0] ?? now) + windowMs - now;
      throw throttled(
        ERROR_CODE.executionTimeLimit,
        `Combined execution time of incoming requests exceeded limit of ${executionMs} milliseconds over time window of ${windowMs / 1000} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.`,
        retryMs,
      );
    }
    if (w.inFlight >= concurrent) {
      throw throttled(
        ERROR_CODE.concurrencyLimit,
        `Number of concurrent requests exceeded the limit of ${concurrent}.`,
        1000,
      );
    }
    w.starts.push(now);
    w.inFlight++;
  }

  release(user: string, durationMs: number): void {
    const w = this.#users.get(user);
    if (!w) return;
    w.inFlight = Math.max(0, w.inFlight - 1);
    w.executions.push([this.clock(), durationMs]);
  }

  #window(user: string, now: number): UserWindow {
    let w = this.#users.get(user);
    if (!w) {
      w = { starts: [], executions: [], inFlight: 0 };
      this.#users.set(user, w);
    }
    const cutoff = now - this.#limits.windowMs;
    while ((w.starts[0] ?? Infinity) <= cutoff) w.starts.shift();
    while ((w.executions[0]?.[0] ?? Infinity) <= cutoff) w.executions.shift();
    return w;
  }
}

function throttled(code: string, message: string, retryMs: number): DataverseFault {
  const seconds = Math.max(1, Math.ceil(retryMs / 1000));
  return new DataverseFault(429, code, message, { 'Retry-After': String(seconds) });
}
