/**
 * The only code that sends HTTP to Dataverse: axios on `<url>/api/data/v9.2/` with the OData headers, a bearer token
 * per request, a concurrency cap, one shared pause on 429, and bounded retries within a time budget.
 */
import http from 'node:http';
import https from 'node:https';
import axios, { type AxiosInstance, type AxiosRequestConfig, type AxiosResponse } from 'axios';
import type { TokenProvider } from '../../auth/TokenProvider';
import { DataverseError } from '../../errors/DataverseError';
import { DataverseConnectionError } from '../../errors/DataverseConnectionError';
import { errorFromResponse } from '../../errors/errorFromResponse';
import { redactUrl } from '../../errors/redactUrl';
import { ThrottledError } from '../../errors/ThrottledError';
import { toDataverseError } from '../../errors/toDataverseError';
import { apiBaseUrl } from './apiBaseUrl';
import type { DataverseLogger } from './DataverseLogEntry';
import type { CallOptions, DataverseRequest, DataverseResponse, Transport } from './DataverseRequest';
import { isLongGet, longGetAsBatch, MAX_BATCH_URL_LENGTH, unwrapLongGet } from './longGet';
import { lowerCaseHeaders } from './lowerCaseHeaders';
import type { RequestEvent, RequestObserver } from './RequestObserver';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  isConnectionReset,
  isTransientStatus,
  type RetryPolicy,
} from './retryTiming';
import { Semaphore } from './Semaphore';
import { SharedPause } from './SharedPause';
import { sleepUntil } from './sleepUntil';
import { isStaleConnectionReset } from './staleConnection';

/**
 * A kept-alive connection idle this long is closed by us, or sooner when the server announces a shorter keep-alive
 * (`Keep-Alive: timeout=N`: Node's agent then closes it a second early, but only when the agent has a timeout of its
 * own; https://nodejs.org/api/http.html#new-agentoptions). Otherwise a request sent on a connection that the server
 * is closing at that moment fails with ECONNRESET, costing a retry, or the call when retries are off.
 */
const IDLE_CONNECTION_MS = 30_000;

export interface TransportOptions {
  /** The environment URL, e.g. `https://contoso.crm.dynamics.com`. */
  readonly url: string;
  readonly tokenProvider: TokenProvider;
  /** Requests in flight at once. Dataverse allows 52 per user; the default leaves room for other processes. */
  readonly concurrency?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** One HTTP exchange may take this long before it is abandoned (not retried: it may have been applied). */
  readonly requestTimeoutMs?: number;
  readonly observer?: RequestObserver;
  readonly logger?: DataverseLogger;
  /** Jitter source, [0, 1). */
  readonly random?: () => number;
  /** Clock for pauses and budgets (ms since epoch). */
  readonly clock?: () => number;
}

export const DEFAULT_CONCURRENCY = 8;
const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;

/** Recommended on every Web API request (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#http-headers). */
const ODATA_HEADERS = { Accept: 'application/json', 'OData-MaxVersion': '4.0', 'OData-Version': '4.0' } as const;

type Attempt = { readonly response: DataverseResponse } | { readonly error: DataverseError };

export class DataverseTransport implements Transport {
  readonly apiBaseUrl: string;
  readonly #tokenProvider: TokenProvider;
  readonly #policy: RetryPolicy;
  readonly #semaphore: Semaphore;
  readonly #pause = new SharedPause();
  readonly #axios: AxiosInstance;
  readonly #httpAgent: http.Agent;
  readonly #httpsAgent: https.Agent;
  readonly #observer: RequestObserver | undefined;
  readonly #logger: DataverseLogger | undefined;
  readonly #random: () => number;
  readonly #clock: () => number;

  constructor(options: TransportOptions) {
    this.apiBaseUrl = apiBaseUrl(options.url);
    this.#tokenProvider = options.tokenProvider;
    this.#policy = validatePolicy({ ...DEFAULT_RETRY_POLICY, ...definedOnly(options.retry ?? {}) });
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.#semaphore = new Semaphore(concurrency);
    const agentOptions = { keepAlive: true, maxSockets: concurrency, timeout: IDLE_CONNECTION_MS };
    this.#httpAgent = new http.Agent(agentOptions);
    this.#httpsAgent = new https.Agent(agentOptions);
    this.#axios = axios.create({
      httpAgent: this.#httpAgent,
      httpsAgent: this.#httpsAgent,
      timeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      // Dataverse does not redirect API calls; following one could carry the token elsewhere.
      maxRedirects: 0,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      proxy: false,
    });
    this.#observer = options.observer;
    this.#logger = options.logger;
    this.#random = options.random ?? Math.random;
    this.#clock = options.clock ?? Date.now;
  }

  async send(request: DataverseRequest, options: CallOptions = {}): Promise<DataverseResponse> {
    const url = this.#resolve(request.url);
    if (request.method === 'GET' && url.length > MAX_BATCH_URL_LENGTH) {
      throw new DataverseError({
        method: 'GET',
        url,
        summary: `Not sent: the URL is ${url.length} characters, and Dataverse takes at most ${MAX_BATCH_URL_LENGTH} even inside a $batch; split the query`,
      });
    }
    const policy = validatePolicy({ ...this.#policy, ...definedOnly(options) });
    const deadline = this.#clock() + policy.timeBudgetMs;
    const signal = options.signal;
    let attempt = 0;
    let lastError: DataverseError | undefined;
    for (;;) {
      await this.#waitForPause(request.method, url, deadline, lastError, signal);
      const release = await this.#semaphore.acquire(signal);
      let outcome: Attempt;
      try {
        // A pause may have begun while this request queued for a slot.
        if (this.#pause.endsAt(this.#clock()) !== undefined) continue;
        attempt += 1;
        outcome = await this.#sendOnce(request, url, attempt, signal);
      } finally {
        release();
      }
      if ('response' in outcome) return outcome.response;
      const error = outcome.error;
      lastError = error;
      const delay = this.#retryDelay(error, attempt, policy);
      if (delay === undefined) throw error;
      const now = this.#clock();
      const log = { method: request.method, url: redactUrl(url), attempt, status: error.status, code: error.code };
      if (error instanceof ThrottledError) {
        // Throttling is per user: every caller of this client waits, whether or not this one retries.
        this.#pause.extendTo(now + delay, error);
        this.#logger?.({ event: 'dataverse.throttled', ...log, delayMs: delay });
      }
      if (attempt >= policy.maxAttempts) {
        this.#logger?.({ event: 'dataverse.gave-up', ...log, reason: `${attempt} attempts made` });
        throw error;
      }
      if (now + delay > deadline) {
        this.#logger?.({
          event: 'dataverse.gave-up',
          ...log,
          delayMs: delay,
          reason: 'the wait would exceed the time budget',
        });
        throw error;
      }
      if (error instanceof ThrottledError) continue; // the shared pause is the wait
      this.#logger?.({
        event: 'dataverse.retry',
        ...log,
        delayMs: delay,
        reason: error.status ? `status ${error.status}` : 'connection reset',
      });
      await sleepUntil(now + delay, this.#clock, signal);
    }
  }

  /** Frees the kept-alive connections. The transport must not be used afterwards. */
  close(): void {
    this.#httpAgent.destroy();
    this.#httpsAgent.destroy();
  }

  #resolve(url: string): string {
    const absolute = new URL(url, this.apiBaseUrl).toString();
    // The bearer token goes to the configured environment only, whatever URL a response hands back.
    if (!absolute.startsWith(this.apiBaseUrl)) {
      throw new TypeError(`Refusing to send a Dataverse request outside ${this.apiBaseUrl}: ${redactUrl(absolute)}`);
    }
    return absolute;
  }

  async #waitForPause(
    method: string,
    url: string,
    deadline: number,
    lastError: DataverseError | undefined,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    for (
      let endsAt = this.#pause.endsAt(this.#clock());
      endsAt !== undefined;
      endsAt = this.#pause.endsAt(this.#clock())
    ) {
      if (endsAt > deadline) throw lastError ?? this.#notSent(method, url, endsAt - this.#clock());
      await sleepUntil(endsAt, this.#clock, signal);
    }
  }

  #notSent(method: string, url: string, remainingMs: number): ThrottledError {
    const cause = this.#pause.cause;
    return new ThrottledError({
      method,
      url,
      status: 429,
      code: cause?.code,
      dataverseMessage: cause?.dataverseMessage,
      retryAfterMs: remainingMs,
      summary: `Not sent: the client is paused by Dataverse's Retry-After for ${remainingMs} ms, past this call's time budget`,
    });
  }

  async #sendOnce(
    request: DataverseRequest,
    url: string,
    attempt: number,
    signal: AbortSignal | undefined,
  ): Promise<Attempt> {
    // A GET too long for a URL travels inside a $batch; what comes back is the GET's own answer (longGet.ts).
    const viaBatch = isLongGet(request, url);
    const wire = viaBatch ? longGetAsBatch(this.apiBaseUrl, request, url) : request;
    const wireUrl = viaBatch ? this.#resolve(wire.url) : url;
    const token = await this.#tokenProvider.getToken(signal);
    const headers: Record<string, string> = { ...ODATA_HEADERS, ...wire.headers };
    if (token !== undefined) headers.Authorization = `Bearer ${token}`;
    let data: string | undefined;
    if (wire.json !== undefined) {
      data = JSON.stringify(wire.json);
      headers['Content-Type'] = 'application/json';
    } else if (wire.body !== undefined) {
      data = wire.body.text;
      headers['Content-Type'] = wire.body.contentType;
    }
    const event = { method: wire.method, url: redactUrl(wireUrl), attempt };
    const config: AxiosRequestConfig = { method: wire.method, url: wireUrl, headers, data, signal };
    try {
      const response = await this.#exchange(config, event).catch((error: unknown) =>
        isStaleConnectionReset(error) ? this.#exchange(config, event) : Promise.reject(error),
      );
      let result: DataverseResponse = {
        status: response.status,
        headers: lowerCaseHeaders(response.headers),
        body: typeof response.data === 'string' ? response.data : '',
        url: wireUrl,
      };
      let statusText = response.statusText;
      const inner = viaBatch ? unwrapLongGet(result, url) : undefined;
      if (inner !== undefined) [result, statusText] = [inner.response, inner.statusText];
      // A $batch answer without the GET's part is about the batch itself: an error, whatever its status.
      const answered = viaBatch && inner === undefined ? { ...wire, acceptStatus: undefined } : request;
      if ((result.status >= 200 && result.status < 300) || answered.acceptStatus?.(result.status)) {
        return { response: result };
      }
      return {
        error: errorFromResponse(
          {
            method: answered.method,
            url: result.url,
            status: result.status,
            statusText,
            headers: result.headers,
            body: result.body,
          },
          this.#clock(),
        ),
      };
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      return { error: toDataverseError(err, { method: wire.method, url: wireUrl }) };
    }
  }

  /** One HTTP request and its answer (or none), each told to the observer. */
  async #exchange(config: AxiosRequestConfig, event: RequestEvent): Promise<AxiosResponse<string>> {
    this.#observer?.onRequest?.(event);
    const started = this.#clock();
    try {
      const response = await this.#axios.request<string>(config);
      this.#observer?.onResponse?.({ ...event, status: response.status, durationMs: this.#clock() - started });
      return response;
    } catch (error) {
      this.#observer?.onResponse?.({ ...event, status: undefined, durationMs: this.#clock() - started });
      throw error;
    }
  }

  #retryDelay(error: DataverseError, attempt: number, policy: RetryPolicy): number | undefined {
    if (error instanceof ThrottledError) return error.retryAfterMs ?? backoffDelay(attempt, policy, this.#random());
    if (isTransientStatus(error.status)) return backoffDelay(attempt, policy, this.#random());
    if (error instanceof DataverseConnectionError && isConnectionReset(error.errorCode, error.message)) {
      return backoffDelay(attempt, policy, this.#random());
    }
    return undefined;
  }
}

function definedOnly<T extends object>(values: T): Partial<RetryPolicy> {
  const result: Record<string, number> = {};
  for (const key of ['maxAttempts', 'timeBudgetMs', 'baseDelayMs', 'maxDelayMs'] as const) {
    const value = (values as Partial<Record<typeof key, unknown>>)[key];
    if (typeof value === 'number') result[key] = value;
  }
  return result;
}

function validatePolicy(policy: RetryPolicy): RetryPolicy {
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a whole number of at least 1, got ${policy.maxAttempts}`);
  }
  for (const key of ['timeBudgetMs', 'baseDelayMs', 'maxDelayMs'] as const) {
    if (!Number.isFinite(policy[key]) || policy[key] < 0) {
      throw new RangeError(`${key} must be a number of milliseconds, at least 0, got ${policy[key]}`);
    }
  }
  return policy;
}
