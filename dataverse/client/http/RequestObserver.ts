/**
 * Hooks for watching what the client sends: counting requests, metrics, tests. Events carry the redacted URL and
 * never a header.
 */
export interface RequestEvent {
  readonly method: string;
  /** Redacted URL. */
  readonly url: string;
  /** 1 for the first try of a call, 2 for its first retry, … */
  readonly attempt: number;
}

export interface ResponseEvent extends RequestEvent {
  /** Undefined when no response arrived. */
  readonly status: number | undefined;
  readonly durationMs: number;
}

export interface RequestObserver {
  /** An HTTP request is about to go out (every retry is a request). */
  onRequest?(event: RequestEvent): void;
  /** Its response arrived, or it failed without one. */
  onResponse?(event: ResponseEvent): void;
}
