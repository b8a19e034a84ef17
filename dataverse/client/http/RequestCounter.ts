/**
 * Counts the HTTP requests a client sends, retries included: what service protection limits count
 * (a `$batch` is one request, whatever it holds).
 */
import type { RequestEvent, RequestObserver, ResponseEvent } from './RequestObserver';

export class RequestCounter implements RequestObserver {
  #total = 0;
  #retries = 0;
  readonly #byStatus = new Map<number | 'none', number>();

  onRequest(event: RequestEvent): void {
    this.#total += 1;
    if (event.attempt > 1) this.#retries += 1;
  }

  onResponse(event: ResponseEvent): void {
    const key = event.status ?? 'none';
    this.#byStatus.set(key, (this.#byStatus.get(key) ?? 0) + 1);
  }

  /** Requests sent, retries included. */
  get total(): number {
    return this.#total;
  }

  /** Requests that were retries of an earlier attempt. */
  get retries(): number {
    return this.#retries;
  }

  /** Responses with this status; `'none'` counts requests that got no response. */
  responses(status: number | 'none'): number {
    return this.#byStatus.get(status) ?? 0;
  }

  reset(): void {
    this.#total = 0;
    this.#retries = 0;
    this.#byStatus.clear();
  }
}
