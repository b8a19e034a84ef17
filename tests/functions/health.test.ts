/**
 * GET /api/health is anonymous and says only that the app is up: no Dataverse request (35 anonymous probes used to
 * spend a small environment's quota) and no detail. GET /api/health/deep takes the administrators' key, checks
 * Dataverse and the settings, and reuses its answer for a while, so probing it costs at most one request per period.
 */
import { HttpRequest, InvocationContext } from '@azure/functions';
import { Emulator } from '../../emulator';
import { DEEP_HEALTH_CACHE_MS, deepHealthHandler } from '../../functions/handlers/deepHealth';
import { health } from '../../functions/handlers/health';
import type { AppServices } from '../../functions/runtime/AppServices';
import { createAppServices } from '../../functions/runtime/createAppServices';

const ADMIN_KEY = 'health-admin-key-Pz74Kw2Nq9';
const KEYS = {
  LEADLINK_WEBHOOK_KEY: 'health-webhook-key-Xc58Rm1Tv3',
  LEADLINK_INTAKE_KEY: 'health-intake-key-Bd36Jy0Lh7',
  LEADLINK_ADMIN_KEY: ADMIN_KEY,
};

let emulator: Emulator;
let app: AppServices;
beforeAll(async () => {
  emulator = await new Emulator({ seed: 'empty' }).start();
  app = createAppServices({ DATAVERSE_URL: emulator.url, ...KEYS });
});
afterAll(async () => {
  app.dataverse.close();
  await emulator.stop();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  new HttpRequest({ method: 'GET', url: `http://localhost/api/${path}`, headers });
const context = () => new InvocationContext({ invocationId: 't', functionName: 'h', logHandler: () => undefined });

it('anonymous: says "up" and nothing else, without a Dataverse request', async () => {
  const mark = emulator.log.mark;
  for (let i = 0; i < 50; i++) {
    const response = await health(get('health'));
    expect(response.status).toBe(200);
    expect(response.jsonBody).toEqual({ status: 'up' });
  }
  expect(emulator.log.entries(mark)).toEqual([]);
});

it("deep: refuses anyone without the administrators' key, also the webhook's and the senders' keys", async () => {
  const deep = deepHealthHandler();
  const mark = emulator.log.mark;
  for (const code of ['', KEYS.LEADLINK_WEBHOOK_KEY, KEYS.LEADLINK_INTAKE_KEY, 'wrong']) {
    const response = await deep(get(`health/deep?code=${code}`), context(), () => Promise.resolve(app));
    expect(response.status).toBe(401);
  }
  expect(emulator.log.entries(mark)).toEqual([]);
});

it('deep: checks Dataverse once per period, whoever asks how often', async () => {
  let now = 1_000_000;
  const deep = deepHealthHandler(() => now);
  const mark = emulator.log.mark;
  const ask = () => deep(get('health/deep', { 'x-leadlink-key': ADMIN_KEY }), context(), () => Promise.resolve(app));
  const first = await ask();
  expect(first.status).toBe(200);
  expect(first.jsonBody).toMatchObject({
    status: 'ok',
    dataverse: 'reachable',
    keys: { LEADLINK_WEBHOOK_KEY: 'set', LEADLINK_INTAKE_KEY: 'set', LEADLINK_ADMIN_KEY: 'set' },
  });
  await Promise.all(Array.from({ length: 20 }, ask));
  now += DEEP_HEALTH_CACHE_MS - 1;
  await ask();
  expect(emulator.log.entries(mark).map((e) => e.path)).toEqual(['WhoAmI()']);
  now += 1;
  await ask();
  expect(emulator.log.entries(mark).map((e) => e.path)).toEqual(['WhoAmI()', 'WhoAmI()']);
});

it('deep: describes a failure by its kind, without the URL or a key', async () => {
  const unreachable = createAppServices({ DATAVERSE_URL: 'http://127.0.0.1:9', ...KEYS });
  try {
    const deep = deepHealthHandler();
    const response = await deep(get(`health/deep?code=${ADMIN_KEY}`), context(), () => Promise.resolve(unreachable));
    expect(response.status).toBe(503);
    expect(response.jsonBody).toMatchObject({ status: 'degraded', dataverse: 'unreachable' });
    const text = JSON.stringify(response.jsonBody);
    expect(text).not.toMatch(/127\.0\.0\.1|http:/);
    for (const key of Object.values(KEYS)) expect(text).not.toContain(key);
  } finally {
    unreachable.dataverse.close();
  }
});
