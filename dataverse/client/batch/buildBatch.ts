/**
 * Writes a `$batch` request body: multipart/mixed, one `application/http` part per operation, change sets as nested
 * multipart/mixed with Content-IDs, CRLF line ends
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api).
 */
import { randomUUID } from 'node:crypto';
import { type BatchItem, type BatchOperation, isChangeSet } from './BatchTypes';

const CRLF = '\r\n';
/** Dataverse's limit (same page). */
export const MAX_BATCH_OPERATIONS = 1000;

export interface BuiltBatch {
  readonly contentType: string;
  readonly text: string;
  /** The Content-ID each operation was given (undefined outside change sets), in request order. */
  readonly contentIds: readonly (string | undefined)[];
}

export function buildBatch(
  apiBaseUrl: string,
  items: readonly BatchItem[],
  newId: () => string = randomUUID,
): BuiltBatch {
  validate(items);
  const batchBoundary = `batch_${newId()}`;
  const contentIds: (string | undefined)[] = [];
  const parts = items.map((item) => {
    if (!isChangeSet(item)) {
      contentIds.push(undefined);
      return operationPart(apiBaseUrl, item, undefined);
    }
    const changeSetBoundary = `changeset_${newId()}`;
    const members = item.changeSet.map((operation, position) => {
      const contentId = operation.contentId ?? String(position + 1);
      contentIds.push(contentId);
      return operationPart(apiBaseUrl, operation, contentId);
    });
    return [
      `Content-Type: multipart/mixed; boundary=${changeSetBoundary}`,
      '',
      multipart(changeSetBoundary, members),
    ].join(CRLF);
  });
  return {
    contentType: `multipart/mixed; boundary=${batchBoundary}`,
    text: multipart(batchBoundary, parts),
    contentIds,
  };
}

/** Parts joined by delimiters; the CRLF before a delimiter belongs to the delimiter (RFC 2046 §5.1.1). */
function multipart(boundary: string, parts: readonly string[]): string {
  return `--${boundary}${CRLF}${parts.join(`${CRLF}--${boundary}${CRLF}`)}${CRLF}--${boundary}--${CRLF}`;
}

function operationPart(apiBaseUrl: string, operation: BatchOperation, contentId: string | undefined): string {
  const lines = ['Content-Type: application/http', 'Content-Transfer-Encoding: binary'];
  if (contentId !== undefined) lines.push(`Content-ID: ${contentId}`);
  lines.push('', `${operation.method} ${partUrl(apiBaseUrl, operation.url)} HTTP/1.1`);
  for (const [name, value] of Object.entries(operation.headers ?? {})) {
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value))
      throw new TypeError(`Batch header ${JSON.stringify(name)} must be one line`);
    lines.push(`${name}: ${value}`);
  }
  if (operation.json !== undefined) lines.push('Content-Type: application/json; type=entry');
  lines.push('', operation.json === undefined ? '' : JSON.stringify(operation.json));
  return lines.join(CRLF);
}

function partUrl(apiBaseUrl: string, url: string): string {
  if (/[\s]/.test(url))
    throw new TypeError(`Batch operation URL must not contain spaces or line breaks (URL-encode them): "${url}"`);
  if (url.startsWith('$')) return url;
  const absolute = new URL(url, apiBaseUrl).toString();
  if (!absolute.startsWith(apiBaseUrl))
    throw new TypeError(`Batch operation URL must be under ${apiBaseUrl}, got "${url}"`);
  return absolute;
}

function validate(items: readonly BatchItem[]): void {
  if (items.length === 0) throw new RangeError('A $batch needs at least one operation');
  let total = 0;
  items.forEach((item, index) => {
    if (!isChangeSet(item)) {
      total += 1;
      if (item.contentId !== undefined)
        throw new TypeError(`Batch item ${index}: a Content-ID is only allowed inside a change set`);
      return;
    }
    if (item.changeSet.length === 0)
      throw new RangeError(`Batch item ${index}: a change set needs at least one operation`);
    const seen = new Set<string>();
    item.changeSet.forEach((operation, position) => {
      total += 1;
      if (operation.method === 'GET')
        throw new TypeError(`Batch item ${index}: GET is not allowed in a change set (operation ${position + 1})`);
      const contentId = operation.contentId ?? String(position + 1);
      if (!/^[A-Za-z0-9_.-]+$/.test(contentId))
        throw new TypeError(`Batch item ${index}: Content-ID "${contentId}" must be letters, digits, - _ or .`);
      if (seen.has(contentId))
        throw new TypeError(`Batch item ${index}: Content-ID "${contentId}" is used twice in one change set`);
      seen.add(contentId);
    });
  });
  if (total > MAX_BATCH_OPERATIONS)
    throw new RangeError(`A $batch holds at most ${MAX_BATCH_OPERATIONS} operations, got ${total}`);
}
