import type { BatchItem } from '../../../../dataverse/client/batch/BatchTypes';
import { parseBatchResponse } from '../../../../dataverse/client/batch/parseBatchResponse';
import { DuplicateRecordError } from '../../../../dataverse/errors/DuplicateRecordError';

const ORG = 'https://org.example/api/data/v9.2';
const CRLF = '\r\n';

function httpPart(status: string, headers: string[], body = '', partHeaders: string[] = []): string {
  return [
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    ...partHeaders,
    '',
    `HTTP/1.1 ${status}`,
    ...headers,
    '',
    body,
  ].join(CRLF);
}

function multipart(boundary: string, parts: string[]): string {
  return `--${boundary}${CRLF}${parts.join(`${CRLF}--${boundary}${CRLF}`)}${CRLF}--${boundary}--${CRLF}`;
}

const created = (set: string, id: string): string[] => ['OData-Version: 4.0', `OData-EntityId: ${ORG}/${set}(${id})`];
const ID1 = 'e73ffc82-e292-ed11-aad1-000d3a9933c9';
const ID2 = 'e83ffc82-e292-ed11-aad1-000d3a9933c9';
const ID3 = 'e93ffc82-e292-ed11-aad1-000d3a9933c9';

const ITEMS: BatchItem[] = [
  {
    changeSet: [
      { method: 'POST', url: 'tasks', json: { subject: '1' } },
      { method: 'POST', url: 'tasks', json: { subject: '2' } },
    ],
  },
  { method: 'GET', url: 'tasks?$select=subject' },
  { method: 'POST', url: 'tasks', json: { subject: '3' } },
];

describe('parseBatchResponse', () => {
  it('gives one result per operation in request order, change set members matched by Content-ID', () => {
    // The change set parts come back in the other order: Content-ID decides, not position.
    const changeSet = multipart('changesetresponse_c1', [
      httpPart('204 No Content', created('tasks', ID2), '', ['Content-ID: 2']),
      httpPart('204 No Content', created('tasks', ID1), '', ['Content-ID: 1']),
    ]);
    const body = multipart('batchresponse_b1', [
      `Content-Type: multipart/mixed; boundary=changesetresponse_c1${CRLF}${CRLF}${changeSet}`,
      httpPart(
        '200 OK',
        ['Content-Type: application/json; odata.metadata=minimal'],
        JSON.stringify({ value: [{ subject: '1' }] }),
      ),
      httpPart('204 No Content', created('tasks', ID3)),
    ]);
    const results = parseBatchResponse(body, 'multipart/mixed; boundary=batchresponse_b1', ITEMS, [
      '1',
      '2',
      undefined,
      undefined,
    ]);
    expect(results.map((r) => [r.index, r.contentId, r.status, r.entityId])).toEqual([
      [0, '1', 204, ID1],
      [1, '2', 204, ID2],
      [2, undefined, 200, undefined],
      [3, undefined, 204, ID3],
    ]);
    expect(results[2]?.json).toEqual({ value: [{ subject: '1' }] });
    expect(results.every((r) => r.executed && r.error === undefined)).toBe(true);
  });

  it("applies a failed change set's single error to all its operations, and marks what never ran", () => {
    const error = JSON.stringify({
      error: { code: '0x80040237', message: 'A record with matching key values already exists.' },
    });
    // LF line ends, as some proxies rewrite them: the parser accepts both.
    const body = multipart('batchresponse_b2', [
      httpPart(
        '412 Precondition Failed',
        ['REQ_ID: 5ecd1cb3', 'Content-Type: application/json; odata.metadata=minimal'],
        error,
      ),
    ]).replace(/\r\n/g, '\n');
    const results = parseBatchResponse(body, 'multipart/mixed; boundary="batchresponse_b2"', ITEMS, [
      '1',
      '2',
      undefined,
      undefined,
    ]);
    expect(results.map((r) => [r.status, r.executed])).toEqual([
      [412, true],
      [412, true],
      [undefined, false],
      [undefined, false],
    ]);
    expect(results[0]?.error).toBeInstanceOf(DuplicateRecordError);
    expect(results[0]?.error?.requestId).toBe('5ecd1cb3');
    expect(results[3]?.error?.message).toContain('Not executed');
  });

  it('maps a per-part error with continue-on-error and keeps later successes', () => {
    const items: BatchItem[] = [
      { method: 'POST', url: 'tasks', json: { subject: 'x'.repeat(300) } },
      { method: 'POST', url: 'tasks', json: { subject: 'ok' } },
    ];
    const body = multipart('batchresponse_b3', [
      httpPart(
        '400 Bad Request',
        ['Content-Type: application/json'],
        JSON.stringify({ error: { code: '0x80044331', message: 'A validation error occurred.' } }),
      ),
      httpPart('204 No Content', created('tasks', ID1)),
    ]);
    const [failed, ok] = parseBatchResponse(body, 'multipart/mixed; boundary=batchresponse_b3', items, [
      undefined,
      undefined,
    ]);
    expect(failed?.error?.status).toBe(400);
    expect(failed?.error?.code).toBe('0x80044331');
    expect(failed?.error?.message).toContain('POST tasks');
    expect(ok?.entityId).toBe(ID1);
  });

  it('refuses a response that is not multipart', () => {
    expect(() => parseBatchResponse('{}', 'application/json', ITEMS, [])).toThrow('must be multipart/mixed');
  });
});
