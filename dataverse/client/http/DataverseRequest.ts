/**
 * What an operation asks the transport to send, and what comes back. Operations build these; only the transport
 * speaks HTTP.
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface DataverseRequest {
  readonly method: HttpMethod;
  /**
   * A path relative to the Web API root (`contacts(…)?$select=…`), or an absolute URL under it, such as an
   * `@odata.nextLink`, sent unchanged.
   */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON body, serialized with `Content-Type: application/json`. */
  readonly json?: unknown;
  /** A body sent as is (a `$batch` multipart document). */
  readonly body?: { readonly contentType: string; readonly text: string };
  /**
   * Non-2xx statuses that are results, not errors: a `$batch` stopped by a failed part answers 400 with the parts.
   */
  readonly acceptStatus?: (status: number) => boolean;
}

export interface DataverseResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text ('' when there is none). */
  readonly body: string;
  /** The absolute URL that was requested. */
  readonly url: string;
}

/** Per-call overrides of the client's defaults. */
export interface CallOptions {
  /** Total time this call may take, retries and waits included. */
  readonly timeBudgetMs?: number;
  /** Attempts in all, the first one included. */
  readonly maxAttempts?: number;
  /** Aborts waiting and the request in flight. */
  readonly signal?: AbortSignal;
}

/** The seam every operation takes: send one logical request (retried as the client's policy says). */
export interface Transport {
  /** `<environment url>/api/data/v9.2/`, with the trailing slash. */
  readonly apiBaseUrl: string;
  send(request: DataverseRequest, options?: CallOptions): Promise<DataverseResponse>;
}
