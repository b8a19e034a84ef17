/** `$batch` end to end against an independently written batch endpoint: each result maps to its request. */
import type { DataverseClient } from '../../../../dataverse/client/DataverseClient';
import { DataverseError } from '../../../../dataverse/errors/DataverseError';
import { batchHandler, type SeenOperation } from '../helpers/batchServer';
import { dataverseError, type Handler, startServer, type TestServer } from '../helpers/startServer';
import { testClient } from '../helpers/testClient';

let server: TestServer;
let client: DataverseClient;
let seen: SeenOperation[] = [];
let handler: Handler;

beforeAll(async () => {
  server = await startServer((request) => handler(request));
  client = testClient(server.url);
});
afterAll(async () => {
  client.close();
  await server.close();
});
beforeEach(() => {
  seen = [];
  server.log.length = 0;
  handler = batchHandler(client.apiBaseUrl, seen);
});

const id = (n: number): string => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

describe('$batch', () => {
  it('runs operations and change sets, and maps every result to its request', async () => {
    const results = await client.batch([
      { method: 'GET', url: 'contacts?$select=fullname' },
      {
        changeSet: [
          { method: 'POST', url: 'leads', json: { subject: 'Conference' } },
          { method: 'POST', url: 'contacts', json: { lastname: 'Ada' } },
          { method: 'PATCH', url: '$1', json: { 'parentcontactid@odata.bind': '$2' } },
        ],
      },
      { method: 'DELETE', url: `contacts(${id(99)})` },
    ]);
    const request = server.log[0];
    expect(request?.url).toBe('/api/data/v9.2/$batch');
    expect(request?.headers['content-type']).toMatch(/^multipart\/mixed; boundary=batch_/);
    expect(request?.headers.prefer).toBeUndefined();
    expect(
      seen.map((operation) => [operation.method, operation.url.replace(client.apiBaseUrl, ''), operation.contentId]),
    ).toEqual([
      ['GET', 'contacts?$select=fullname', undefined],
      ['POST', 'leads', '1'],
      ['POST', 'contacts', '2'],
      ['PATCH', '$1', '3'],
      ['DELETE', `contacts(${id(99)})`, undefined],
    ]);
    expect(JSON.parse(seen[3]?.body ?? '')).toEqual({ 'parentcontactid@odata.bind': '$2' });
    expect(
      results.map((result) => [result.index, result.method, result.contentId, result.status, result.entityId]),
    ).toEqual([
      [0, 'GET', undefined, 200, undefined],
      [1, 'POST', '1', 204, id(1)],
      [2, 'POST', '2', 204, id(2)],
      [3, 'PATCH', '3', 204, id(3)],
      [4, 'DELETE', undefined, 204, id(4)],
    ]);
    expect(results[0]?.json).toEqual({ value: [{ url: `${client.apiBaseUrl}contacts?$select=fullname` }] });
  });

  it('without continue-on-error, stops at the first failure: its error, then "not executed" for the rest', async () => {
    const results = await client.batch([
      { method: 'POST', url: 'tasks', json: { subject: 'one' } },
      { method: 'POST', url: 'tasks', json: { fail: true } },
      { method: 'POST', url: 'tasks', json: { subject: 'three' } },
    ]);
    expect(server.log[0]?.headers.prefer).toBeUndefined();
    expect(seen).toHaveLength(2);
    expect(results.map((result) => [result.executed, result.status])).toEqual([
      [true, 204],
      [true, 400],
      [false, undefined],
    ]);
    expect(results[1]?.error).toBeInstanceOf(DataverseError);
    expect(results[1]?.error).toMatchObject({ status: 400, code: '0x80044331', requestId: 'part-req' });
    expect(results[2]?.error?.message).toContain('Not executed');
  });

  it('with continue-on-error, runs everything; a failed change set fails all its members', async () => {
    const results = await client.batch(
      [
        {
          changeSet: [
            { method: 'POST', url: 'leads', json: { subject: 'a' } },
            { method: 'POST', url: 'leads', json: { fail: true } },
          ],
        },
        { method: 'POST', url: 'tasks', json: { subject: 'after' } },
      ],
      { continueOnError: true },
    );
    expect(server.log[0]?.headers.prefer).toBe('odata.continue-on-error');
    expect(results.map((result) => [result.index, result.contentId, result.status, result.error?.code])).toEqual([
      [0, '1', 400, '0x80044331'],
      [1, '2', 400, '0x80044331'],
      [2, undefined, 204, undefined],
    ]);
  });

  it('throws when Dataverse refuses the batch itself', async () => {
    handler = () => dataverseError(400, '', "Content-ID Reference: '$1' does not exist in the batch context.");
    await expect(client.batch([{ changeSet: [{ method: 'PATCH', url: '$1', json: {} }] }])).rejects.toMatchObject({
      status: 400,
      dataverseMessage: "Content-ID Reference: '$1' does not exist in the batch context.",
    });
  });
});
