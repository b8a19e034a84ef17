import { HttpRequest } from '@azure/functions';

/** A POST as the Functions host hands it over: any URL (repeated parameters kept), any headers, any bytes. */
export function rawRequest(
  url: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): HttpRequest {
  return new HttpRequest({
    method: 'POST',
    url,
    headers,
    body: typeof body === 'string' ? { string: body } : { bytes: body },
  });
}
