import { HttpRequest } from '@azure/functions';
import type { IncomingMessage } from 'node:http';

/** Builds the same HttpRequest the Functions host would hand a handler. */
export function toHttpRequest(req: IncomingMessage, url: URL, body: Buffer): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return new HttpRequest({
    method: req.method ?? 'GET',
    url: url.toString(),
    headers,
    query: Object.fromEntries(url.searchParams.entries()),
    ...(body.length > 0 ? { body: { bytes: body } } : {}),
  });
}
