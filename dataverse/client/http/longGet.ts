/**
 * A GET whose URL is too long to send as is goes inside a `$batch`: a POST whose body holds the GET, which Dataverse
 * runs and answers as one part. "The length of a URL in a GET request is limited to 32 KB (32,768 characters)";
 * "Sending a GET request within a $batch allows for URLs up to 64 KB (65,536 characters)"
 * (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/retrieve-data#use-fetchxml-within-a-batch-request,
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#maximum-url-length).
 * Any query can grow that long — FetchXML with a long `in` list, a filter over many ids — so the transport does this
 * for every GET, not one operation for itself. A `$batch` counts as one request against service protection limits.
 */
import { buildBatch } from '../batch/buildBatch';
import { boundaryOf, parseHttpResponse, parseMultipart } from '../batch/parseMultipart';
import type { DataverseRequest, DataverseResponse } from './DataverseRequest';

/** Dataverse refuses a GET URL longer than this. */
export const MAX_GET_URL_LENGTH = 32_768;
/** Dataverse refuses a URL inside a `$batch` longer than this: such a query must be split by its caller. */
export const MAX_BATCH_URL_LENGTH = 65_536;
/**
 * A GET with a longer URL goes in a `$batch`. Well under Dataverse's limit, so a proxy's smaller limit is not met
 * either (8 KB request lines are common; Node's own HTTP server allows 16 KB for the request line and all headers).
 */
export const LONG_GET_URL_LENGTH = 8_192;

export function isLongGet(request: DataverseRequest, absoluteUrl: string): boolean {
  return request.method === 'GET' && absoluteUrl.length > LONG_GET_URL_LENGTH;
}

/** The POST `$batch` that carries the GET (its headers — Prefer, say — go with it). */
export function longGetAsBatch(apiBaseUrl: string, request: DataverseRequest, absoluteUrl: string): DataverseRequest {
  const batch = buildBatch(apiBaseUrl, [
    { method: 'GET', url: absoluteUrl, headers: { Accept: 'application/json', ...request.headers } },
  ]);
  return {
    method: 'POST',
    url: '$batch',
    body: { contentType: batch.contentType, text: batch.text },
    // A batch whose only part failed answers 400 with that part: the part's own status is the answer.
    acceptStatus: (status) => status === 400,
  };
}

/**
 * The GET's own response (and status text), out of the `$batch` response; undefined when the answer has no part
 * (the batch itself was refused or failed: its status is then the answer).
 */
export function unwrapLongGet(
  response: DataverseResponse,
  absoluteUrl: string,
): { readonly response: DataverseResponse; readonly statusText: string } | undefined {
  const boundary = boundaryOf(response.headers['content-type']);
  if (boundary === undefined) return undefined;
  const [part] = parseMultipart(response.body, boundary);
  if (part === undefined) return undefined;
  const inner = parseHttpResponse(part.content);
  return {
    response: { status: inner.status, headers: inner.headers, body: inner.body, url: absoluteUrl },
    statusText: inner.statusText,
  };
}
