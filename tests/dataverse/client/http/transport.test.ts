/**
 * The transport against real local HTTP servers: headers, retries, the shared 429 pause, the time budget and the
 * concurrency cap. Timing facts are read from the server's own request log, never from the test's stopwatch.
 */
import type { DataverseLogEntry } from '../../../../dataverse/client/http/DataverseLogEntry';
import { RequestCounter } from '../../../../dataverse/client/http/RequestCounter';
import type { RequestObserver } from '../../../../dataverse/client/http/RequestObserver';
import { DataverseConnectionError } from '../../../../dataverse/errors/DataverseConnectionError';
import { DataverseError } from '../../../../dataverse/errors/DataverseError';
import { ThrottledError } from '../../../../dataverse/errors/ThrottledError';
import {
  dataverseError,
  delay,
  json,
  type Handler,
  type Reply,
  startServer,
  type TestServer,
} from '../helpers/startServer';
import { waitUntil } from '../../../support/waitUntil';
import { fixedToken, testClient } from '../helpers/testClient';

const servers: TestServer[] = [];
async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const ok = (): Reply => json(200, { value: [] });

/** A clock for the client that stands still while a request is out: only the waits between attempts move it. */
function clockStoppedDuringRequests(): { now: () => number; observer: RequestObserver } {
  let stopped = 0;
  let outSince: number | undefined;
  return {
    now: () => Date.now() - stopped - (outSince === undefined ? 0 : Date.now() - outSince),
    observer: {
      onRequest: () => {
        outSince = Date.now();
      },
      onResponse: () => {
        stopped += Date.now() - (outSince ?? Date.now());
        outSince = undefined;
      },
    },
  };
}
const unavailable = (): Reply => dataverseError(503, '', 'Service Unavailable');

describe('DataverseTransport', () => {
  it('sends the OData headers and the bearer token to <url>/api/data/v9.2/', async () => {
    const server = await serve(() => json(200, { ok: true }));
    const client = testClient(server.url, { tokenProvider: fixedToken('tok-123') });
    const response = await client.request({ method: 'GET', url: 'WhoAmI' });
    client.close();
    expect(JSON.parse(response.body)).toEqual({ ok: true });
    const [request] = server.log;
    expect(request?.url).toBe('/api/data/v9.2/WhoAmI');
    expect(request?.headers).toMatchObject({
      accept: 'application/json',
      'odata-maxversion': '4.0',
      'odata-version': '4.0',
      authorization: 'Bearer tok-123',
    });
  });

  it('sends no Authorization header when the provider has no token (the local emulator)', async () => {
    const server = await serve(ok);
    const client = testClient(server.url);
    await client.request({ method: 'GET', url: 'contacts' });
    client.close();
    expect(server.log[0]?.headers.authorization).toBeUndefined();
  });

  it('retries transient 503s with backoff, then succeeds', async () => {
    const server = await serve((request) => (request.index < 2 ? unavailable() : ok()));
    const logs: DataverseLogEntry[] = [];
    const counter = new RequestCounter();
    const client = testClient(server.url, { logger: (entry) => logs.push(entry), observer: counter });
    const response = await client.request({ method: 'GET', url: 'contacts' });
    client.close();
    expect(response.status).toBe(200);
    expect(server.log).toHaveLength(3);
    expect(logs.map((entry) => [entry.event, entry.status, entry.attempt])).toEqual([
      ['dataverse.retry', 503, 1],
      ['dataverse.retry', 503, 2],
    ]);
    expect(logs.every((entry) => (entry.delayMs ?? 0) > 0)).toBe(true);
    expect([counter.total, counter.retries, counter.responses(503), counter.responses(200)]).toEqual([3, 2, 2, 1]);
  });

  it('retries 502 and 504 as well, and a connection reset', async () => {
    const replies: Reply[] = [
      dataverseError(502, '', 'Bad Gateway'),
      dataverseError(504, '', 'Gateway Timeout'),
      { status: 0, reset: true },
      ok(),
    ];
    const server = await serve((request) => replies[request.index] ?? ok());
    const client = testClient(server.url);
    const response = await client.request({ method: 'GET', url: 'contacts' });
    client.close();
    expect(response.status).toBe(200);
    expect(server.log).toHaveLength(4);
  });

  it('does not retry what a retry cannot fix', async () => {
    for (const reply of [
      dataverseError(400, '0x80044331', 'bad'),
      dataverseError(404, '0x80040217', 'missing'),
      dataverseError(412, '0x80040237', 'dup'),
      dataverseError(500, '', 'boom'),
    ]) {
      const server = await serve(() => reply);
      const client = testClient(server.url);
      await expect(
        client.request({ method: 'PATCH', url: 'contacts(6d81597f-0000-0000-0000-000000000001)', json: {} }),
      ).rejects.toMatchObject({
        status: reply.status,
      });
      client.close();
      expect(server.log).toHaveLength(1);
    }
  });

  it('stops after maxAttempts and throws the last error', async () => {
    const server = await serve(unavailable);
    const logs: DataverseLogEntry[] = [];
    const client = testClient(server.url, { retry: { maxAttempts: 3 }, logger: (entry) => logs.push(entry) });
    const error = await client.request({ method: 'GET', url: 'contacts' }).catch((err: unknown) => err);
    client.close();
    expect(error).toBeInstanceOf(DataverseError);
    expect((error as DataverseError).status).toBe(503);
    expect(server.log).toHaveLength(3);
    expect(logs.at(-1)).toMatchObject({ event: 'dataverse.gave-up', attempt: 3, reason: '3 attempts made' });
  });

  it('lets a call override the client defaults', async () => {
    const server = await serve(unavailable);
    const client = testClient(server.url, { retry: { maxAttempts: 5 } });
    await expect(client.request({ method: 'GET', url: 'contacts' }, { maxAttempts: 1 })).rejects.toBeInstanceOf(
      DataverseError,
    );
    client.close();
    expect(server.log).toHaveLength(1);
  });

  it('honours the time budget: gives up instead of waiting past it, with a bounded number of attempts', async () => {
    const server = await serve(unavailable);
    const logs: DataverseLogEntry[] = [];
    // The client's clock runs only between requests, so how long the requests take on this machine does not change
    // how many waits fit in the budget. Every wait is 50–100 ms: a 300 ms budget allows at most 7 attempts, far from
    // the 50 allowed, and at least 2.
    const clock = clockStoppedDuringRequests();
    const client = testClient(server.url, {
      retry: { maxAttempts: 50, baseDelayMs: 100, maxDelayMs: 100, timeBudgetMs: 300 },
      logger: (entry) => logs.push(entry),
      clock: clock.now,
      observer: clock.observer,
    });
    const error = await client.request({ method: 'GET', url: 'contacts' }).catch((err: unknown) => err);
    client.close();
    expect((error as DataverseError).status).toBe(503);
    expect(server.log.length).toBeGreaterThanOrEqual(2);
    expect(server.log.length).toBeLessThanOrEqual(7);
    expect(logs.at(-1)).toMatchObject({ event: 'dataverse.gave-up', reason: 'the wait would exceed the time budget' });
  });

  it('throws the ThrottledError at once when Retry-After is longer than the budget, and new calls are not sent', async () => {
    const server = await serve(() =>
      dataverseError(
        429,
        '0x80072322',
        'Number of requests exceeded the limit of 6000 over time window of 300 seconds.',
        { 'Retry-After': '30' },
      ),
    );
    const client = testClient(server.url, { retry: { timeBudgetMs: 2_000 } });
    const first = await client.request({ method: 'GET', url: 'contacts' }).catch((err: unknown) => err);
    expect(first).toBeInstanceOf(ThrottledError);
    expect((first as ThrottledError).retryAfterMs).toBe(30_000);
    expect((first as ThrottledError).code).toBe('0x80072322');
    // The pause is shared: a new call with the same budget fails without reaching the server.
    const second = await client.request({ method: 'GET', url: 'leads' }).catch((err: unknown) => err);
    client.close();
    expect(second).toBeInstanceOf(ThrottledError);
    expect((second as ThrottledError).message).toMatch(/^Not sent: the client is paused/);
    expect(server.log).toHaveLength(1);
  });

  it('backs off exponentially on a 429 without Retry-After', async () => {
    const server = await serve((request) =>
      request.index === 0
        ? dataverseError(429, '0x80072326', 'Number of concurrent requests exceeded the limit of 52.')
        : ok(),
    );
    const logs: DataverseLogEntry[] = [];
    const client = testClient(server.url, { logger: (entry) => logs.push(entry), random: () => 0 });
    await client.request({ method: 'GET', url: 'contacts' });
    client.close();
    expect(server.log).toHaveLength(2);
    // With random() = 0 the first backoff is half of baseDelayMs (10 ms).
    expect(logs[0]).toMatchObject({ event: 'dataverse.throttled', delayMs: 5, code: '0x80072326' });
  });

  it('a 429 with Retry-After pauses every caller: in-flight retries and new calls wait until the pause ends', async () => {
    let sent429At: number | undefined;
    let releaseFirstFour: () => void = () => undefined;
    const firstFourArrived = new Promise<void>((resolve) => (releaseFirstFour = resolve));
    let pauseBegun: () => void = () => undefined;
    const throttled = new Promise<void>((resolve) => (pauseBegun = resolve));
    const server = await serve(async (request) => {
      if (request.index >= 4) return ok();
      if (request.index === 3) releaseFirstFour();
      await firstFourArrived;
      if (request.index === 0) {
        sent429At = Date.now();
        return dataverseError(429, '0x80072321', 'Combined execution time of incoming requests exceeded limit.', {
          'Retry-After': '1',
        });
      }
      // The other in-flight requests fail transiently once the pause has begun: their retries must wait for it too.
      await throttled;
      return unavailable();
    });

    const newCalls: Promise<unknown>[] = [];
    const client = testClient(server.url, {
      logger: (entry) => {
        if (entry.event === 'dataverse.throttled') {
          pauseBegun();
          setImmediate(() => {
            for (const set of ['accounts', 'leads', 'tasks'])
              newCalls.push(client.request({ method: 'GET', url: set }));
          });
        }
      },
    });
    const firstCalls = ['contacts', 'contacts', 'contacts', 'contacts'].map((set) =>
      client.request({ method: 'GET', url: set }),
    );
    const responses = await Promise.all(firstCalls);
    await delay(0);
    const later = await Promise.all(newCalls);
    client.close();

    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect(later).toHaveLength(3);
    expect(sent429At).toBeDefined();
    const afterPause = server.log.slice(4);
    // 1 retry after the 429, 3 retries after the 503s, 3 new calls.
    expect(afterPause).toHaveLength(7);
    expect(afterPause.map((request) => request.url).sort()).toEqual(
      [
        ...Array(4).fill('/api/data/v9.2/contacts'),
        '/api/data/v9.2/accounts',
        '/api/data/v9.2/leads',
        '/api/data/v9.2/tasks',
      ].sort(),
    );
    for (const request of afterPause) expect(request.arrivedAt).toBeGreaterThanOrEqual((sent429At ?? 0) + 1000);
  });

  it('caps concurrency at the configured limit', async () => {
    // The first requests are held until as many as the cap are in flight at once (however slowly they come).
    const server: TestServer = await serve(async () => {
      await waitUntil(() => server.inFlight.max >= 3, 'three requests in flight');
      return ok();
    });
    const client = testClient(server.url, { concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, () => client.request({ method: 'GET', url: 'contacts' })));
    client.close();
    expect(server.log).toHaveLength(12);
    expect(server.inFlight.max).toBe(3);
  });

  it('caps concurrency at 8 by default', async () => {
    const server: TestServer = await serve(async () => {
      await waitUntil(() => server.inFlight.max >= 8, 'eight requests in flight');
      return ok();
    });
    const client = testClient(server.url);
    await Promise.all(Array.from({ length: 20 }, () => client.request({ method: 'GET', url: 'contacts' })));
    client.close();
    expect(server.inFlight.max).toBe(8);
  });

  it('never sends a request (and its token) outside the configured environment', async () => {
    const server = await serve(ok);
    const other = await serve(ok);
    const client = testClient(server.url, { tokenProvider: fixedToken('tok') });
    await expect(client.request({ method: 'GET', url: `${other.url}/api/data/v9.2/contacts` })).rejects.toThrow(
      /Refusing to send/,
    );
    await expect(client.request({ method: 'GET', url: `${server.url}/other/path` })).rejects.toThrow(
      /Refusing to send/,
    );
    client.close();
    expect(other.log).toHaveLength(0);
    expect(server.log).toHaveLength(0);
  });

  it('reports a refused connection as DataverseConnectionError without retrying it', async () => {
    const server = await serve(ok);
    const url = server.url;
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const client = testClient(url);
    const error = await client.request({ method: 'GET', url: 'contacts' }).catch((err: unknown) => err);
    client.close();
    expect(error).toBeInstanceOf(DataverseConnectionError);
    expect((error as DataverseConnectionError).errorCode).toBe('ECONNREFUSED');
  });

  it('stops waiting when the call is aborted', async () => {
    const server = await serve(unavailable);
    let waiting = false;
    const client = testClient(server.url, {
      retry: { baseDelayMs: 10_000, maxDelayMs: 10_000, timeBudgetMs: 60_000 },
      logger: (entry) => (waiting ||= entry.event === 'dataverse.retry'),
    });
    const controller = new AbortController();
    const call = client.request({ method: 'GET', url: 'contacts' }, { signal: controller.signal });
    await waitUntil(() => waiting, 'the client to wait before its retry');
    controller.abort(new Error('shutting down'));
    await expect(call).rejects.toThrow('shutting down');
    client.close();
    expect(server.log).toHaveLength(1);
  });
});
