import type { Emulator } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import { create, startEmulator } from './helpers/http';
import { AUTH_TYPE, MESSAGE } from './helpers/names';
import { registerEndpoint, registerStep, type EndpointSpec } from './helpers/register';
import { WebhookListener, type ReceivedWebhook } from './helpers/webhookListener';

/**
 * The auth an endpoint names is what the webhook carries ("Register a WebHook"): WebhookKey as `?code=`, HttpHeader
 * pairs as headers, HttpQueryString pairs in the query; for all three the pairs are kept as
 * `<settings><setting name value/>`, the key of WebhookKey as the setting `Code`.
 */

let emu: Emulator;
let listener: WebhookListener;

beforeEach(async () => {
  emu = await startEmulator();
  listener = await WebhookListener.start();
});

afterEach(async () => {
  await emu.stop();
  await listener.stop();
});

async function deliveredWith(spec: Omit<EndpointSpec, 'url'>): Promise<ReceivedWebhook> {
  const endpointId = await registerEndpoint(emu, { url: listener.url, ...spec });
  await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
  await create(emu, LEAD.set, { [LEAD.lastName]: 'Authenticated' });
  await emu.webhooks.idle();
  expect(listener.received).toHaveLength(1);
  return listener.received[0] as ReceivedWebhook;
}

const settings = (pairs: Record<string, string>) =>
  `<settings>${Object.entries(pairs)
    .map(([name, value]) => `<setting name="${name}" value="${value}" />`)
    .join('')}</settings>`;

test('WebhookKey: the Code setting as ?code=', async () => {
  const received = await deliveredWith({ authType: AUTH_TYPE.webhookKey, authValue: settings({ Code: 'k-123' }) });
  expect(received.query.get('code')).toBe('k-123');
  expect([...received.query.keys()]).toEqual(['code']);
});

test('WebhookKey: a bare key is not the settings document, so the webhook goes out without credentials', async () => {
  const received = await deliveredWith({ authType: AUTH_TYPE.webhookKey, authValue: 'k-123' });
  expect([...received.query.keys()]).toEqual([]);
});

test('HttpHeader: each setting as a header, and no query string', async () => {
  const received = await deliveredWith({
    authType: AUTH_TYPE.httpHeader,
    authValue: settings({ 'x-api-key': 'hdr-secret', 'x-tenant': 'contoso' }),
  });
  expect(received.headers['x-api-key']).toBe('hdr-secret');
  expect(received.headers['x-tenant']).toBe('contoso');
  expect([...received.query.keys()]).toEqual([]);
});

test('HttpQueryString: each setting as a query parameter', async () => {
  const received = await deliveredWith({
    authType: AUTH_TYPE.httpQueryString,
    authValue: settings({ token: 'q-secret', site: 'emea' }),
  });
  expect(received.query.get('token')).toBe('q-secret');
  expect(received.query.get('site')).toBe('emea');
  expect(received.headers['x-api-key']).toBeUndefined();
});
