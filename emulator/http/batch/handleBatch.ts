import { randomUUID } from 'node:crypto';
import { DataverseFault } from '../../errors/DataverseFault';
import { fault } from '../../errors/faults';
import { header, type ApiRequest, type ApiResponse } from '../types';
import { boundaryOf, parseEmbeddedRequest, splitMultipart, type MimePart } from './multipart';
import { multipart, responsePart } from './writeMultipart';

/** Dataverse: "Batch requests can contain up to 1000 individual requests". */
export const MAX_BATCH_OPERATIONS = 1000;

export type Execute = (req: ApiRequest) => ApiResponse;
/** Runs `work` atomically in the store; rethrows after rolling back. */
export type Transaction = <T>(work: () => T) => T;

class ChangeSetFailed extends Error {
  constructor(
    readonly response: ApiResponse,
    readonly contentId: string | undefined,
  ) {
    super('change set failed');
  }
}

/**
 * POST /$batch. Parts run in order; a change set runs in one transaction and, on the first failure, is rolled back
 * and answered by that failure alone. Without `Prefer: odata.continue-on-error` the batch stops at the first failure
 * and the outer status is 400; with it every part runs and the outer status is 200.
 */
export function handleBatch(req: ApiRequest, execute: Execute, transaction: Transaction): ApiResponse {
  const boundary = boundaryOf(header(req, 'content-type'));
  if (!boundary) throw fault.badRequest("The $batch request must have Content-Type 'multipart/mixed' with a boundary.");
  const continueOnError = /odata\.continue-on-error/i.test(header(req, 'prefer') ?? '');
  const parts = splitMultipart(req.body, boundary);
  const operations = parts.reduce(
    (n, p) => n + (changesetBoundary(p) ? splitMultipart(p.content, changesetBoundary(p) ?? '').length : 1),
    0,
  );
  if (operations > MAX_BATCH_OPERATIONS) {
    throw fault.badRequest(
      `The number of operations in the batch (${operations}) exceeds the maximum of ${MAX_BATCH_OPERATIONS}.`,
    );
  }
  const out: { text: string; nested?: string }[] = [];
  let failed = false;
  for (const part of parts) {
    const nested = changesetBoundary(part);
    if (nested) {
      const result = runChangeSet(req, execute, transaction, splitMultipart(part.content, nested));
      const responseBoundary = `changesetresponse_${randomUUID()}`;
      out.push({
        text: multipart(
          responseBoundary,
          result.parts.map((text) => ({ text })),
        ),
        nested: responseBoundary,
      });
      failed ||= result.failed;
    } else {
      const response = runPart(req, execute, part, undefined);
      if (response.status >= 400) failed = true;
      out.push({ text: responsePart(response) });
    }
    if (failed && !continueOnError) break;
  }
  const responseBoundary = `batchresponse_${randomUUID()}`;
  return {
    status: failed && !continueOnError ? 400 : 200,
    headers: { 'OData-Version': '4.0', 'Content-Type': `multipart/mixed; boundary=${responseBoundary}` },
    rawBody: multipart(responseBoundary, out),
  };
}

function changesetBoundary(part: MimePart): string | undefined {
  return boundaryOf(part.headers['content-type']);
}

function runChangeSet(
  req: ApiRequest,
  execute: Execute,
  transaction: Transaction,
  parts: readonly MimePart[],
): { parts: string[]; failed: boolean } {
  const created = new Map<string, string>();
  try {
    const texts = transaction(() =>
      parts.map((part) => {
        const contentId = part.headers['content-id'];
        const response = runPart(req, execute, part, created);
        if (response.status >= 400) throw new ChangeSetFailed(response, contentId);
        const location = response.headers['OData-EntityId'];
        if (contentId !== undefined && location) created.set(contentId, location);
        return responsePart(response, contentId);
      }),
    );
    return { parts: texts, failed: false };
  } catch (error) {
    if (error instanceof ChangeSetFailed)
      return { parts: [responsePart(error.response, error.contentId)], failed: true };
    throw error;
  }
}

function runPart(
  req: ApiRequest,
  execute: Execute,
  part: MimePart,
  created: Map<string, string> | undefined,
): ApiResponse {
  const embedded = parseEmbeddedRequest(part.content);
  if (created && embedded.method === 'GET') {
    return errorResponse(fault.badRequest('A GET request cannot be part of a change set.'));
  }
  const resolve = (value: string): string => {
    const match = /^\$(\d+)(.*)$/.exec(value);
    if (!match) return value;
    const target = created?.get(match[1] ?? '');
    if (!target)
      throw fault.badRequest(`Content-ID Reference: '$${match[1] ?? ''}' does not exist in the batch context.`);
    return `${target}${match[2] ?? ''}`;
  };
  let url: URL;
  try {
    const resolved = resolve(embedded.url);
    url = new URL(resolved, req.serviceRoot);
  } catch (error) {
    return errorResponse(
      error instanceof DataverseFault ? error : fault.badRequest(`The batch part URL '${embedded.url}' is not valid.`),
    );
  }
  const rootPath = new URL(req.serviceRoot).pathname;
  const path = decodeURIComponent(
    url.pathname.startsWith(rootPath) ? url.pathname.slice(rootPath.length) : url.pathname,
  );
  return execute({
    method: embedded.method,
    path,
    query: url.searchParams,
    headers: { ...inherited(req), ...embedded.headers },
    body: embedded.body,
    serviceRoot: req.serviceRoot,
    userId: req.userId,
    resolveReference: resolve,
  });
}

/** A part carries its own headers; only who is calling and the correlation come from the outer request. */
function inherited(req: ApiRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['authorization', 'x-ms-correlation-request-id', 'callerobjectid']) {
    const value = header(req, name);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

export function errorResponse(error: DataverseFault): ApiResponse {
  return {
    status: error.status,
    headers: { 'OData-Version': '4.0', 'Content-Type': 'application/json; odata.metadata=minimal', ...error.headers },
    body: error.toBody(),
  };
}
