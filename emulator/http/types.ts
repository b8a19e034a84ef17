import type { IncomingHttpHeaders } from 'node:http';

/** A Web API request as the handlers see it: the path below `/api/data/v9.2/`, already split from its query. */
export interface ApiRequest {
  readonly method: string;
  /** Path below the service root, e.g. `leads(…)/parentcontactid`, URL-decoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The absolute service root, e.g. `http://127.0.0.1:7070/api/data/v9.2/`, for OData-EntityId and links. */
  readonly serviceRoot: string;
  /** Who is calling (service protection is per user). */
  readonly userId: string;
  /** Resolves `$1`-style Content-ID references inside a $batch change set. */
  readonly resolveReference?: (value: string) => string;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** JSON to serialize, a raw string, or nothing (204). */
  readonly body?: unknown;
  readonly rawBody?: string;
}

export const ODATA_HEADERS: Readonly<Record<string, string>> = { 'OData-Version': '4.0' };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return {
    status,
    headers: { ...ODATA_HEADERS, 'Content-Type': 'application/json; odata.metadata=minimal', ...headers },
    body,
  };
}

export function noContent(headers: Record<string, string> = {}): ApiResponse {
  return { status: 204, headers: { ...ODATA_HEADERS, ...headers } };
}

/** Reads a header that may arrive as a string or list. */
export function header(req: ApiRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}
