/**
 * `leadlink start` and `leadlink functions` serve the handlers through functions/local/localServer.ts. One request
 * must never stop it: a Host header that is no host, a client that disconnects mid-body, a huge body without a key.
 * The key is checked before the body is read, and the body streams within the endpoint's cap.
 */
import { startLocalServer, type LocalServer } from '../../functions/local/localServer';
import { buildHttpRoutes } from '../../functions/routes';
import { createAppServices } from '../../functions/runtime/createAppServices';
import { MAX_INTAKE_BYTES } from '../../plugins/interactions';
import { rawHttp } from './helpers/rawHttp';

const INTAKE_KEY = 'local-server-intake-key-Wq62Ld9Xr4';
const app = createAppServices({
  DATAVERSE_URL: 'http://127.0.0.1:9',
  LEADLINK_WEBHOOK_KEY: 'local-server-webhook-key-Hm37Zp1Kv8',
  LEADLINK_INTAKE_KEY: INTAKE_KEY,
});
let server: LocalServer;
let port: number;

beforeAll(async () => {
  server = await startLocalServer(
    buildHttpRoutes(() => Promise.resolve(app)),
    0,
    () => undefined,
  );
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  app.dataverse.close();
});

async function stillServing(): Promise<void> {
  const response = await fetch(`${server.url}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'up' });
}

it('answers a Host header that is no host, and keeps serving', async () => {
  const exchange = rawHttp(port, 'GET /api/health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n');
  expect(await exchange.status).toBe(200);
  const odd = rawHttp(port, 'GET //a b/%zz HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n');
  expect([400, 404]).toContain(await odd.status);
  await stillServing();
});

it('survives a client that disconnects in the middle of its body', async () => {
  for (let i = 0; i < 3; i++) {
    const exchange = rawHttp(
      port,
      `POST /api/interactions?code=${INTAKE_KEY} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`,
      '{"interactions":[',
    );
    await new Promise((resolve) => exchange.socket.write('{"a":1},', resolve));
    exchange.socket.destroy();
    await exchange.status;
  }
  await stillServing();
});

it('answers 401 to a huge body without a key before reading it', async () => {
  // 256 MB declared, 1 KB sent: the answer comes without the rest ever being sent.
  const exchange = rawHttp(
    port,
    'POST /api/interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 268435456\r\n\r\n',
    'x'.repeat(1024),
  );
  expect(await exchange.status).toBe(401);
  exchange.socket.destroy();
  await stillServing();
});

it('answers 413 to a streamed body past the cap, with the key, without waiting for its end', async () => {
  const exchange = rawHttp(
    port,
    `POST /api/interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nx-leadlink-key: ${INTAKE_KEY}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
  );
  const chunk = 'x'.repeat(64 * 1024);
  let sent = 0;
  let answered = 0;
  void exchange.status.then((status) => (answered = status));
  while (answered === 0 && sent <= 4 * MAX_INTAKE_BYTES) {
    await new Promise((resolve) => exchange.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`, resolve));
    sent += chunk.length;
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(await exchange.status).toBe(413);
  exchange.socket.destroy();
  await stillServing();
});

describe("the senders' endpoints refuse, before any Dataverse request, what must not reach Dataverse", () => {
  const send = (route: string, body: string | Uint8Array, headers: Record<string, string>) =>
    fetch(`${server.url}/api/${route}`, {
      method: 'POST',
      headers: { 'x-leadlink-key': INTAKE_KEY, ...headers },
      body,
    });

  it.each(['interactions', 'landing-pages/submissions'])('%s: 415 to text/plain and to a form', async (route) => {
    expect((await send(route, '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send(route, 'a=1', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  });

  it('400 to bytes that are not UTF-8, and to a bidirectional control, naming the field', async () => {
    const bytes = Buffer.from('{"submissionId":"s-\xff"}', 'latin1');
    const invalid = await send('landing-pages/submissions', bytes, { 'content-type': 'application/json' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: 'The body is not valid UTF-8.' });
    const bidi = await send('landing-pages/submissions', JSON.stringify({ lastName: 'Ana\u202Egnp.exe' }), {
      'content-type': 'application/json',
    });
    expect(bidi.status).toBe(400);
    expect(await bidi.json()).toMatchObject({
      problems: [{ path: 'lastName', message: expect.stringContaining('U+202E') as string }],
    });
  });

  it('401 to the webhook key: it opens only the webhook', async () => {
    const response = await fetch(`${server.url}/api/interactions?code=local-server-webhook-key-Hm37Zp1Kv8`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"interactions":[]}',
    });
    expect(response.status).toBe(401);
  });
});
