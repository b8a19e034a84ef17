/**
 * A test-side `$batch` endpoint, written independently of the client's builder and parser: it splits the multipart
 * request with plain string operations, "runs" each operation against a counter, and answers the way Dataverse's
 * documentation shows (change sets as nested multipart with Content-IDs, a failed change set as one error part,
 * stop at the first failure unless `Prefer: odata.continue-on-error`, then outer 400).
 */
import type { LoggedRequest, Reply } from './startServer';

export interface SeenOperation {
  readonly method: string;
  readonly url: string;
  readonly contentId?: string;
  readonly body: string;
}

interface Answer {
  readonly status: string;
  readonly headers: string[];
  readonly body: string;
}

const CRLF = '\r\n';

export function batchHandler(apiBase: string, seen: SeenOperation[]): (request: LoggedRequest) => Reply {
  let nextId = 1;
  const newId = (): string => `00000000-0000-0000-0000-${String(nextId++).padStart(12, '0')}`;

  const run = (operation: SeenOperation): Answer => {
    seen.push(operation);
    const payload = operation.body ? (JSON.parse(operation.body) as Record<string, unknown>) : {};
    if (payload.fail === true) {
      return {
        status: '400 Bad Request',
        headers: ['REQ_ID: part-req', 'Content-Type: application/json; odata.metadata=minimal'],
        body: JSON.stringify({ error: { code: '0x80044331', message: 'A validation error occurred.' } }),
      };
    }
    if (operation.method === 'GET') {
      return {
        status: '200 OK',
        headers: ['Content-Type: application/json; odata.metadata=minimal'],
        body: JSON.stringify({ value: [{ url: operation.url }] }),
      };
    }
    const set = /\/([a-z_]+)(\(|$)/.exec(operation.url)?.[1] ?? 'ref';
    return {
      status: '204 No Content',
      headers: ['OData-Version: 4.0', `OData-EntityId: ${apiBase}${set}(${newId()})`],
      body: '',
    };
  };

  const part = (answer: Answer, contentId?: string): string =>
    [
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      ...(contentId ? [`Content-ID: ${contentId}`] : []),
      '',
      `HTTP/1.1 ${answer.status}`,
      ...answer.headers,
      '',
      answer.body,
    ].join(CRLF);

  return (request) => {
    const boundary = /boundary=([^;\s]+)/.exec(String(request.headers['content-type']))?.[1] ?? '';
    const continueOnError = String(request.headers.prefer ?? '').includes('odata.continue-on-error');
    const answers: string[] = [];
    let stopped = false;
    for (const segment of segmentsOf(request.body, boundary)) {
      if (stopped) break;
      const { headers, rest } = splitHeaders(segment);
      const innerBoundary = /boundary=([^;\s]+)/.exec(headers['content-type'] ?? '')?.[1];
      if (innerBoundary === undefined) {
        const answer = run(readOperation(rest, undefined));
        answers.push(part(answer));
        if (answer.status.startsWith('4') && !continueOnError) stopped = true;
        continue;
      }
      const changeSetAnswers: { answer: Answer; contentId?: string }[] = [];
      let failed: Answer | undefined;
      for (const inner of segmentsOf(rest, innerBoundary)) {
        const innerParts = splitHeaders(inner);
        const answer = run(readOperation(innerParts.rest, innerParts.headers['content-id']));
        changeSetAnswers.push({ answer, contentId: innerParts.headers['content-id'] });
        if (answer.status.startsWith('4')) {
          failed = answer;
          break;
        }
      }
      if (failed) {
        answers.push(part(failed));
        if (!continueOnError) stopped = true;
      } else {
        const changeSetBoundary = 'changesetresponse_t1';
        // Answer change set members in reverse order: the client must match them by Content-ID.
        const inner = changeSetAnswers.reverse().map(({ answer, contentId }) => part(answer, contentId));
        answers.push(
          `Content-Type: multipart/mixed; boundary=${changeSetBoundary}${CRLF}${CRLF}--${changeSetBoundary}${CRLF}${inner.join(`${CRLF}--${changeSetBoundary}${CRLF}`)}${CRLF}--${changeSetBoundary}--`,
        );
      }
    }
    const responseBoundary = 'batchresponse_t1';
    return {
      status: stopped ? 400 : 200,
      headers: { 'Content-Type': `multipart/mixed; boundary=${responseBoundary}`, 'OData-Version': '4.0' },
      body: `--${responseBoundary}${CRLF}${answers.join(`${CRLF}--${responseBoundary}${CRLF}`)}${CRLF}--${responseBoundary}--${CRLF}`,
    };
  };
}

function segmentsOf(body: string, boundary: string): string[] {
  const end = body.indexOf(`--${boundary}--`);
  return body
    .slice(0, end)
    .split(`--${boundary}\r\n`)
    .slice(1)
    .map((segment) => segment.replace(/\r\n$/, ''));
}

function splitHeaders(segment: string): { headers: Record<string, string>; rest: string } {
  const blank = segment.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of segment.slice(0, blank).split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest: segment.slice(blank + 4) };
}

function readOperation(text: string, contentId: string | undefined): SeenOperation {
  const [requestLine = '', ...lines] = text.split('\r\n');
  const [method = '', url = ''] = requestLine.split(' ');
  const blank = lines.indexOf('');
  const body =
    blank >= 0
      ? lines
          .slice(blank + 1)
          .join('\r\n')
          .trim()
      : '';
  return { method, url, ...(contentId !== undefined && { contentId }), body };
}
