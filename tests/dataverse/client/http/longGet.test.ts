/**
 * A GET too long for a URL goes inside a `$batch`, for every kind of query: against the emulator the answers are
 * the same as for a short query, and against a test server the GET's own status counts (a throttled or failing part
 * is retried like a plain GET). Past Dataverse's 65,536 characters nothing is sent.
 */
import { DataverseClient, DataverseError, inFilter } from '../../../../dataverse';
import { LONG_GET_URL_LENGTH } from '../../../../dataverse/client/http/longGet';
import { Emulator } from '../../../../emulator';
import { dataverseError, json, type Reply, startServer, type TestServer } from '../helpers/startServer';
import { testClient } from '../helpers/testClient';

const CRLF = '\r\n';
const emails = (count: number) => Array.from({ length: count }, (_, i) => `person.${i}@long-query.example.com`);

describe('long GETs against the emulator', () => {
  let emulator: Emulator;
  let client: DataverseClient;
  beforeAll(async () => {
    emulator = await new Emulator({ seed: 'empty' }).start();
    client = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
    for (const i of [3, 300, 599]) {
      await client.create('contacts', { lastname: `Person ${i}`, emailaddress1: `person.${i}@long-query.example.com` });
    }
    await client.create('contacts', { lastname: 'Someone else', emailaddress1: 'else@example.com' });
  });
  afterAll(async () => {
    client.close();
    await emulator.stop();
  });

  const requests = (mark: number) =>
    emulator.log.entries(mark).map((entry) => [entry.method, entry.path.split('?')[0]]);

  it('runs FetchXML with a 600-value in list through one $batch, with the same rows', async () => {
    const values = emails(600)
      .map((email) => `<value>${email}</value>`)
      .join('');
    const fetchXml = `<fetch><entity name="contact"><attribute name="lastname"/><order attribute="lastname"/><filter><condition attribute="emailaddress1" operator="in">${values}</condition></filter></entity></fetch>`;
    expect(encodeURIComponent(fetchXml).length).toBeGreaterThan(LONG_GET_URL_LENGTH);
    const mark = emulator.log.mark;
    const rows: Record<string, unknown>[] = [];
    for await (const row of client.fetchXmlRows('contacts', fetchXml)) rows.push(row);
    expect(rows.map((row) => row['lastname'])).toEqual(['Person 3', 'Person 300', 'Person 599']);
    expect(requests(mark)).toEqual([['POST', '$batch']]);
    expect(emulator.log.entries(mark)[0]?.operations).toBe(1);
  });

  it('runs an OData query with a long In() filter the same way', async () => {
    const mark = emulator.log.mark;
    const rows = await client.queryAll('contacts', {
      select: ['lastname'],
      filter: inFilter('emailaddress1', emails(600)),
      orderBy: ['lastname asc'],
    });
    expect(rows.map((row) => row['lastname'])).toEqual(['Person 3', 'Person 300', 'Person 599']);
    expect(requests(mark)).toEqual([['POST', '$batch']]);
  });

  it('sends a short query as a plain GET', async () => {
    const mark = emulator.log.mark;
    const rows = await client.queryAll('contacts', {
      select: ['lastname'],
      filter: inFilter('emailaddress1', emails(5)),
    });
    expect(rows.map((row) => row['lastname'])).toEqual(['Person 3']);
    expect(requests(mark)).toEqual([['GET', 'contacts']]);
  });

  it('sends nothing when the URL would pass 65,536 characters even in a $batch, and says to split the query', async () => {
    const mark = emulator.log.mark;
    const error = await client.queryAll('contacts', { filter: inFilter('emailaddress1', emails(2_000)) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataverseError);
    expect((error as DataverseError).message).toMatch(
      /^Not sent: the URL is \d+ characters, and Dataverse takes at most 65536 even inside a \$batch; split the query/,
    );
    expect(emulator.log.entries(mark)).toEqual([]);
  });
});

describe('long GETs against a test server: the part’s status is the answer', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  /** A `$batch` answer holding one part with this status and body. */
  function batchAnswer(outer: number, partStatus: string, partBody: unknown, partHeaders: string[] = []): Reply {
    const boundary = 'batchresponse_test';
    const part = [
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `HTTP/1.1 ${partStatus}`,
      'Content-Type: application/json; odata.metadata=minimal',
      ...partHeaders,
      '',
      JSON.stringify(partBody),
    ].join(CRLF);
    return {
      status: outer,
      headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` },
      body: `--${boundary}${CRLF}${part}${CRLF}--${boundary}--${CRLF}`,
    };
  }

  /** What a long GET to this server throws. */
  async function failureOf(server: TestServer): Promise<unknown> {
    const client = testClient(server.url);
    try {
      await client.request({ method: 'GET', url: longUrl });
    } catch (error) {
      return error;
    } finally {
      client.close();
    }
    throw new Error('expected the GET to fail');
  }

  const longUrl = `contacts?$filter=${encodeURIComponent(inFilter('emailaddress1', emails(300)))}`;

  it('puts the GET, with its headers, in the batch body', async () => {
    const server = await startServer(() => batchAnswer(200, '200 OK', { value: [{ n: 1 }] }));
    servers.push(server);
    const client = testClient(server.url);
    const response = await client.request({ method: 'GET', url: longUrl, headers: { Prefer: 'odata.maxpagesize=10' } });
    client.close();
    expect(JSON.parse(response.body)).toEqual({ value: [{ n: 1 }] });
    const absolute = new URL(longUrl, `${server.url}/api/data/v9.2/`).toString();
    expect(response.url === absolute).toBe(true);
    const [request] = server.log;
    expect([request?.method, request?.url]).toEqual(['POST', '/api/data/v9.2/$batch']);
    expect(request?.headers['content-type']).toMatch(/^multipart\/mixed; boundary=batch_/);
    expect(request?.body.includes(`GET ${absolute} HTTP/1.1`)).toBe(true);
    expect(request?.body).toContain('Prefer: odata.maxpagesize=10');
  });

  it('retries a part answered 503 (outer 400), then returns the part that succeeded', async () => {
    const server = await startServer((request) =>
      request.index === 0
        ? batchAnswer(400, '503 Service Unavailable', { error: { code: '', message: 'busy' } })
        : batchAnswer(200, '200 OK', { value: [] }),
    );
    servers.push(server);
    const client = testClient(server.url);
    const response = await client.request({ method: 'GET', url: longUrl });
    client.close();
    expect(response.status).toBe(200);
    expect(server.log).toHaveLength(2);
  });

  it('throws the part’s own error, naming the GET', async () => {
    const server = await startServer(() =>
      batchAnswer(400, '400 Bad Request', { error: { code: '0x80060888', message: 'Bad filter.' } }),
    );
    servers.push(server);
    const error = await failureOf(server);
    expect(error).toBeInstanceOf(DataverseError);
    expect(error).toMatchObject({ method: 'GET', status: 400, code: '0x80060888', dataverseMessage: 'Bad filter.' });
    expect(server.log).toHaveLength(1);
  });

  it('throws the batch’s own error when it has no part (the batch itself was refused)', async () => {
    const refuse = (): Reply => dataverseError(400, '0x80048d19', 'The batch request is malformed.');
    const server = await startServer(refuse);
    servers.push(server);
    const error = await failureOf(server);
    expect(error).toMatchObject({ method: 'POST', status: 400, dataverseMessage: 'The batch request is malformed.' });
  });

  it('is not used for a short GET', async () => {
    const server = await startServer(() => json(200, { value: [] }));
    servers.push(server);
    const client = testClient(server.url);
    await client.request({ method: 'GET', url: 'contacts?$top=1' });
    client.close();
    expect(server.log[0]?.method).toBe('GET');
  });
});
