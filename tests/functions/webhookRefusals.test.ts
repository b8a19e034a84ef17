/**
 * What the webhook endpoint refuses before any plug-in runs: other audiences' keys, ambiguous keys, bodies that are
 * not uncompressed UTF-8 JSON, and JSON nested thousands deep (which used to overflow the stack: 500). No refusal
 * quotes the body.
 */
import { InvocationContext } from '@azure/functions';
import { gzipSync } from 'node:zlib';
import { dataverseWebhook } from '../../functions/handlers/dataverseWebhook';
import { createAppServices } from '../../functions/runtime/createAppServices';
import { webhookFixture } from '../support/webhookFixtures';
import { rawRequest } from './helpers/rawRequest';

const WEBHOOK_KEY = 'refusals-webhook-key-Mv38Qz7Lw2';
const INTAKE_KEY = 'refusals-intake-key-Tc91Rx4Hn6';
const ADMIN_KEY = 'refusals-admin-key-Jp05Wy8Kd3';
const app = createAppServices({
  DATAVERSE_URL: 'http://127.0.0.1:9',
  LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY,
  LEADLINK_INTAKE_KEY: INTAKE_KEY,
  LEADLINK_ADMIN_KEY: ADMIN_KEY,
});
afterAll(() => app.dataverse.close());

const ENDPOINT = 'http://localhost/api/webhooks/dataverse';
const context = () => new InvocationContext({ invocationId: 't', functionName: 'w', logHandler: () => undefined });
const post = (query: string, body: string | Uint8Array, headers?: Record<string, string>) =>
  dataverseWebhook(rawRequest(`${ENDPOINT}${query}`, body, headers), context(), () => Promise.resolve(app));

it("refuses the senders' and the administrators' keys: only Dataverse's opens the webhook", async () => {
  for (const key of [INTAKE_KEY, ADMIN_KEY]) expect((await post(`?code=${key}`, '{}')).status).toBe(401);
});

it('refuses two different keys with 400, even when one is right, whatever the order', async () => {
  for (const query of [`?code=${WEBHOOK_KEY}&code=x`, `?code=x&code=${WEBHOOK_KEY}`]) {
    const response = await post(query, '{}');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.jsonBody)).not.toContain(WEBHOOK_KEY);
  }
  const mixed = await post(`?code=${WEBHOOK_KEY}`, '{}', {
    'content-type': 'application/json',
    'x-leadlink-webhook-key': INTAKE_KEY,
  });
  expect(mixed.status).toBe(400);
});

it('answers 400, not 500, to a value nested 3,000 arrays deep', async () => {
  const sample = webhookFixture('updateContact');
  const deep = sample.replace('"value": "Mai"', `"value": ${'['.repeat(3000)}${']'.repeat(3000)}`);
  expect(deep).not.toBe(sample);
  const response = await post(`?code=${WEBHOOK_KEY}`, deep);
  expect(response.status).toBe(400);
  expect(response.jsonBody).toEqual({ error: 'The body nests deeper than 64 levels.' });
});

it('answers 415 to anything but JSON and 400 to bytes that are not UTF-8, never echoing them', async () => {
  expect((await post(`?code=${WEBHOOK_KEY}`, '{}', { 'content-type': 'text/plain' })).status).toBe(415);
  const gzip = gzipSync(Buffer.from('{"MessageName":"Update","secret":"do-not-echo"}'));
  const response = await post(`?code=${WEBHOOK_KEY}`, gzip);
  expect(response.status).toBe(400);
  const text = JSON.stringify(response.jsonBody);
  expect(text.length).toBeLessThan(100);
  expect(text).not.toMatch(/[\u0080-\uffff]|do-not-echo/);
});
