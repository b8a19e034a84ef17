/**
 * A `$batch` body written and read the way the Web API docs show it ("Execute batch operations using the Web API"),
 * with plain string handling, independent of the emulator's own multipart code.
 */

const CRLF = '\r\n';

export interface Operation {
  readonly method: string;
  /** An absolute URL, a path below the host (`/api/data/v9.2/leads`) or a `$n` reference. */
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly contentId?: string;
}

export type BatchItem = Operation | { readonly changeSet: readonly Operation[] };

export interface BatchBody {
  readonly contentType: string;
  readonly body: string;
}

let counter = 0;

function operationText(op: Operation): string {
  const lines = ['Content-Type: application/http', 'Content-Transfer-Encoding: binary'];
  if (op.contentId !== undefined) lines.push(`Content-ID: ${op.contentId}`);
  lines.push('', `${op.method} ${op.url} HTTP/1.1`);
  if (op.body !== undefined) lines.push('Content-Type: application/json; type=entry');
  for (const [name, value] of Object.entries(op.headers ?? {})) lines.push(`${name}: ${value}`);
  lines.push('');
  if (op.body !== undefined) lines.push(JSON.stringify(op.body));
  return lines.join(CRLF);
}

export function buildBatch(items: readonly BatchItem[]): BatchBody {
  const boundary = `batch_test${++counter}`;
  const out: string[] = [];
  for (const item of items) {
    out.push(`--${boundary}`);
    if ('changeSet' in item) {
      const changeset = `changeset_test${++counter}`;
      out.push(`Content-Type: multipart/mixed; boundary=${changeset}`, '');
      for (const op of item.changeSet) out.push(`--${changeset}`, operationText(op));
      out.push(`--${changeset}--`, '');
    } else {
      out.push(operationText(item));
    }
  }
  out.push(`--${boundary}--`, '');
  return { contentType: `multipart/mixed; boundary="${boundary}"`, body: out.join(CRLF) };
}

/** One answered operation inside a batch response. */
export interface PartAnswer {
  readonly kind: 'part';
  readonly contentId?: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface ChangeSetAnswer {
  readonly kind: 'changeset';
  readonly parts: readonly PartAnswer[];
}

export type BatchAnswer = PartAnswer | ChangeSetAnswer;

function boundaryOf(contentType: string): string {
  const match = /boundary="?([^";]+)"?/i.exec(contentType);
  if (!match?.[1]) throw new Error(`no boundary in '${contentType}'`);
  return match[1];
}

function segments(body: string, boundary: string): string[] {
  const end = body.indexOf(`--${boundary}--`);
  if (end < 0) throw new Error(`the body does not end with --${boundary}--`);
  return body.slice(0, end).split(`--${boundary}${CRLF}`).slice(1);
}

function headerBlock(text: string): { headers: Record<string, string>; rest: string } {
  const blank = text.indexOf(CRLF + CRLF);
  const head = blank < 0 ? text : text.slice(0, blank);
  const headers: Record<string, string> = {};
  for (const line of head.split(CRLF)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest: blank < 0 ? '' : text.slice(blank + 4) };
}

function parsePart(segment: string): PartAnswer {
  const mime = headerBlock(segment);
  const [statusLine = '', ...rest] = mime.rest.split(CRLF);
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? NaN);
  const http = headerBlock(rest.join(CRLF));
  return {
    kind: 'part',
    ...(mime.headers['content-id'] !== undefined ? { contentId: mime.headers['content-id'] } : {}),
    status,
    headers: http.headers,
    body: http.rest.trim(),
  };
}

/** Splits a batch response into its parts and change sets, in order. */
export function parseBatchResponse(contentType: string, body: string): BatchAnswer[] {
  return segments(body, boundaryOf(contentType)).map((segment): BatchAnswer => {
    const { headers, rest } = headerBlock(segment);
    const type = headers['content-type'] ?? '';
    if (/^multipart\/mixed/i.test(type)) {
      return { kind: 'changeset', parts: segments(rest, boundaryOf(type)).map(parsePart) };
    }
    return parsePart(segment);
  });
}

export function jsonOf(part: PartAnswer): Record<string, unknown> {
  return JSON.parse(part.body) as Record<string, unknown>;
}
