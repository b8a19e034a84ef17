/**
 * Maps a `$batch` response onto the requests, one result per operation in request order. Dataverse answers parts in
 * request order; a change set answers with a nested multipart whose parts carry the Content-IDs, or — when it
 * failed — with one error response that applies to all its operations. When the batch stopped at a failure, the
 * operations after it have no part: they are "not executed".
 */
import { DataverseError } from '../../errors/DataverseError';
import { errorFromResponse } from '../../errors/errorFromResponse';
import { parseEntityId } from '../odata/parseEntityId';
import { type BatchItem, type BatchOperation, type BatchResult, isChangeSet } from './BatchTypes';
import { boundaryOf, type HttpResponsePart, parseHttpResponse, parseMultipart, type MimePart } from './parseMultipart';

export function parseBatchResponse(
  body: string,
  contentType: string | undefined,
  items: readonly BatchItem[],
  contentIds: readonly (string | undefined)[],
): BatchResult[] {
  const boundary = boundaryOf(contentType);
  if (boundary === undefined)
    throw new TypeError(`A $batch response must be multipart/mixed, got ${contentType ?? 'no content type'}`);
  const parts = parseMultipart(body, boundary);
  const results: BatchResult[] = [];
  let partIndex = 0;
  for (const item of items) {
    const part = parts[partIndex++];
    if (!isChangeSet(item)) {
      const index = results.length;
      results.push(
        part ? resultOf(index, item, undefined, parseHttpResponse(part.content)) : notExecuted(index, item, undefined),
      );
      continue;
    }
    const responses = part ? changeSetResponses(part) : undefined;
    item.changeSet.forEach((operation, position) => {
      const index = results.length;
      const contentId = contentIds[index];
      const response = responses === undefined ? undefined : pick(responses, contentId, position);
      results.push(
        response ? resultOf(index, operation, contentId, response) : notExecuted(index, operation, contentId),
      );
    });
  }
  return results;
}

type ChangeSetResponses =
  | { readonly kind: 'each'; readonly parts: readonly { contentId?: string; response: HttpResponsePart }[] }
  /** The change set failed as a whole: one response for all its operations. */
  | { readonly kind: 'all'; readonly response: HttpResponsePart };

function changeSetResponses(part: MimePart): ChangeSetResponses {
  const boundary = boundaryOf(part.headers['content-type']);
  if (boundary === undefined) return { kind: 'all', response: parseHttpResponse(part.content) };
  return {
    kind: 'each',
    parts: parseMultipart(part.content, boundary).map((inner) => ({
      contentId: inner.headers['content-id'],
      response: parseHttpResponse(inner.content),
    })),
  };
}

function pick(
  responses: ChangeSetResponses,
  contentId: string | undefined,
  position: number,
): HttpResponsePart | undefined {
  if (responses.kind === 'all') return responses.response;
  const byId = contentId === undefined ? undefined : responses.parts.find((part) => part.contentId === contentId);
  return (byId ?? responses.parts[position])?.response;
}

function resultOf(
  index: number,
  operation: BatchOperation,
  contentId: string | undefined,
  response: HttpResponsePart,
): BatchResult {
  const json = parseJson(response);
  const failed = response.status >= 400;
  const entityId = parseEntityId(response.headers['odata-entityid']);
  return {
    index,
    method: operation.method,
    url: operation.url,
    ...(contentId !== undefined && { contentId }),
    executed: true,
    status: response.status,
    headers: response.headers,
    body: response.body,
    ...(json !== undefined && { json }),
    ...(entityId !== undefined && { entityId }),
    ...(failed && {
      error: errorFromResponse({
        method: operation.method,
        url: operation.url,
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: response.body,
      }),
    }),
  };
}

function notExecuted(index: number, operation: BatchOperation, contentId: string | undefined): BatchResult {
  return {
    index,
    method: operation.method,
    url: operation.url,
    ...(contentId !== undefined && { contentId }),
    executed: false,
    headers: {},
    body: '',
    error: new DataverseError({
      method: operation.method,
      url: operation.url,
      summary:
        'Not executed: the $batch stopped at an earlier failure (send it with continueOnError to run every part)',
    }),
  };
}

function parseJson(response: HttpResponsePart): unknown {
  if (response.body === '' || !/json/i.test(response.headers['content-type'] ?? 'application/json')) return undefined;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    return undefined;
  }
}
