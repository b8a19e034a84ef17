import { DataverseClient } from '../../../dataverse/client/DataverseClient';
import { RequestCounter } from '../../../dataverse/client/http/RequestCounter';
import { loadDataverseConfig } from '../../../dataverse/config/loadDataverseConfig';
import { dataverseError, json, startServer, type TestServer } from './helpers/startServer';

describe('DataverseClient', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((request) =>
      request.index === 0 ? dataverseError(503, '', 'busy') : json(200, { value: [{ contactid: 'x' }] }),
    );
  });
  afterAll(() => server.close());

  it('runs from configuration: a loopback URL gets no credentials, and a counter sees every request', async () => {
    const counter = new RequestCounter();
    const client = DataverseClient.fromConfig(loadDataverseConfig({ DATAVERSE_URL: server.url }), {
      observer: counter,
      retry: { baseDelayMs: 5, maxDelayMs: 5 },
    });
    expect(client.apiBaseUrl).toBe(`${server.url}/api/data/v9.2/`);
    expect(await client.queryAll('contacts')).toEqual([{ contactid: 'x' }]);
    client.close();
    expect(server.log.map((request) => request.headers.authorization)).toEqual([undefined, undefined]);
    expect([counter.total, counter.retries, counter.responses(503), counter.responses(200)]).toEqual([2, 1, 1, 1]);
    counter.reset();
    expect(counter.total).toBe(0);
  });

  it('refuses settings that make no sense', () => {
    expect(
      () =>
        new DataverseClient({
          url: 'ftp://x',
          tokenProvider: { description: 'none', getToken: async () => undefined },
        }),
    ).toThrow('must use https');
    expect(
      () =>
        new DataverseClient({
          url: server.url,
          tokenProvider: { description: 'none', getToken: async () => undefined },
          concurrency: 0,
        }),
    ).toThrow('at least 1');
    expect(
      () =>
        new DataverseClient({
          url: server.url,
          tokenProvider: { description: 'none', getToken: async () => undefined },
          retry: { maxAttempts: 0 },
        }),
    ).toThrow('maxAttempts must be');
  });
});
