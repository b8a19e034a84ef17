import { HttpRequest, type HttpRequestInit } from '@azure/functions';
import type { IncomingMessage } from 'node:http';

/**
 * Builds the HttpRequest a handler gets, the way @azure/functions itself builds one in its streaming mode
 * (createStreamRequest in azure-functions-nodejs-library: a fetch Request over the incoming stream, handed over as
 * `nativeRequest`). The body is not read here: a handler reads it after checking the key, within its own cap, so a
 * huge body from someone without a key is never read, let alone held.
 */
export function toHttpRequest(req: IncomingMessage, url: URL): HttpRequest {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const nativeRequest = new Request(url, {
    method,
    headers,
    ...(hasBody ? { body: req as unknown as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
  return new HttpRequest({ nativeRequest } as unknown as HttpRequestInit);
}
