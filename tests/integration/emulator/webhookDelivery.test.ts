import type { Emulator } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import { LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { create, patch, post, startEmulator } from './helpers/http';
import { IMAGE_PROPERTY, IMAGE_TYPE, MESSAGE, WEBHOOK_HEADER } from './helpers/names';
import { registerEndpoint, registerImage, registerStep, webhookKey } from './helpers/register';
import { WebhookListener, type ReceivedWebhook } from './helpers/webhookListener';

/**
 * How Dataverse delivers ("Use webhooks"): it looks only at the status code, tries once more only after 502, 503 or
 * 504, gives up on an endpoint that does not answer within the timeout (60 s; 1 s for the endpoint that hangs), trims
 * a body above 256 KB and says so in a header, and counts Depth along a chain of calls that share a correlation id.
 */

/** Dataverse's own timeout: an answering endpoint is never cut short, however slow this machine is. */
const TIMEOUT_MS = 60_000;
/** For the endpoint that never answers, which waits the whole timeout whatever it is. */
const HANG_TIMEOUT_MS = 1_000;
let emu: Emulator;
let listener: WebhookListener;
let endpointId: string;

async function startWith(webhookTimeoutMs: number): Promise<void> {
  emu = await startEmulator({ webhookTimeoutMs, customizations: LEADLINK_CUSTOMIZATIONS });
  endpointId = await registerEndpoint(emu, webhookKey(listener.url, 'k'));
}

beforeEach(async () => {
  listener = await WebhookListener.start();
  await startWith(TIMEOUT_MS);
});

afterEach(async () => {
  await emu.stop();
  await listener.stop();
});

async function createLeadAndWait(): Promise<void> {
  await create(emu, LEAD.set, { [LEAD.lastName]: 'Delivered' });
  await emu.webhooks.idle();
}

describe('retries', () => {
  test.each([
    [503, 2, 'failed'],
    [502, 2, 'failed'],
    [504, 2, 'failed'],
    [500, 1, 'failed'],
    [400, 1, 'failed'],
    [200, 1, 'succeeded'],
    [202, 1, 'succeeded'],
  ])('an endpoint answering %i is tried %i time(s), the delivery %s', async (status, attempts, outcome) => {
    await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
    listener.answerWith(() => status);
    await createLeadAndWait();
    expect(listener.received).toHaveLength(attempts);
    if (attempts === 2) expect(listener.received[1]?.body).toBe(listener.received[0]?.body);
    const [delivery] = emu.webhooks.deliveries();
    expect(delivery).toMatchObject({ attempts, status, outcome });
  });

  test('a 503 then a 200: the retry succeeds', async () => {
    await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
    listener.answerWith((_, index) => (index === 0 ? 503 : 200));
    await createLeadAndWait();
    expect(listener.received).toHaveLength(2);
    expect(emu.webhooks.deliveries()[0]).toMatchObject({ attempts: 2, status: 200, outcome: 'succeeded' });
  });
});

test('an endpoint that never answers: the delivery fails at the timeout after one try, without a retry', async () => {
  await emu.stop();
  await startWith(HANG_TIMEOUT_MS);
  await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
  listener.answerWith(() => 'hang');
  await createLeadAndWait();
  expect(listener.received).toHaveLength(1);
  const [delivery] = emu.webhooks.deliveries();
  expect(delivery).toMatchObject({ attempts: 1, status: 0, outcome: 'failed' });
  expect(delivery?.error).toContain(`${HANG_TIMEOUT_MS} ms`);
});

test('an endpoint that refuses connections: the delivery fails with no status', async () => {
  await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
  await listener.stop();
  await createLeadAndWait();
  expect(emu.webhooks.deliveries()[0]).toMatchObject({ attempts: 1, status: 0, outcome: 'failed' });
  listener = await WebhookListener.start(); // for afterEach
});

describe('a body above 256 KB', () => {
  test('sends x-ms-dynamics-msg-size-exceeded and drops InputParameters, the images and ParentContext', async () => {
    const step = await registerStep(emu, { endpointId, message: MESSAGE.update, table: LEAD.table });
    await registerImage(emu, step, {
      alias: 'PostImage',
      type: IMAGE_TYPE.post,
      attributes: [LEAD.lastName],
      messageProperty: IMAGE_PROPERTY.target,
    });
    const id = await create(emu, LEAD.set, { [LEAD.lastName]: 'Large' });
    // 100,000 characters of three bytes each: a 300 KB value, within the column's 100,000-character limit.
    const reasons = '€'.repeat(100_000);
    expect((await patch(emu, `${LEAD.set}(${id})`, { [LEAD_SCORE_COLUMNS.scoreReasons]: reasons })).status).toBe(204);
    await emu.webhooks.idle();
    expect(listener.received).toHaveLength(1);
    const big = listener.received[0] as ReceivedWebhook;
    expect(big.headers[WEBHOOK_HEADER.sizeExceeded]).toBeDefined();
    for (const dropped of ['InputParameters', 'PreEntityImages', 'PostEntityImages', 'ParentContext']) {
      expect(big.json).not.toHaveProperty(dropped);
    }
    expect(big.json).toMatchObject({ PrimaryEntityId: id, PrimaryEntityName: LEAD.table, MessageName: MESSAGE.update });
    expect(Buffer.byteLength(big.body)).toBeLessThan(256 * 1024);
  });

  test('a small body keeps them and has no such header', async () => {
    await registerStep(emu, { endpointId, message: MESSAGE.update, table: LEAD.table });
    const id = await create(emu, LEAD.set, { [LEAD.lastName]: 'Small' });
    await patch(emu, `${LEAD.set}(${id})`, { [LEAD_SCORE_COLUMNS.scoreReasons]: 'short' });
    await emu.webhooks.idle();
    const [small] = listener.received;
    expect(small?.headers[WEBHOOK_HEADER.sizeExceeded]).toBeUndefined();
    expect(small?.json).toHaveProperty('InputParameters');
    expect(small?.json).toHaveProperty('ParentContext');
  });
});

describe('Depth', () => {
  test('a request carrying the correlation id of a delivery runs one level deeper, and its webhook says so', async () => {
    await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
    await registerStep(emu, { endpointId, message: MESSAGE.update, table: LEAD.table });
    const id = await create(emu, LEAD.set, { [LEAD.lastName]: 'Chain' });
    await emu.webhooks.idle();
    const first = listener.received[0] as ReceivedWebhook;
    expect(first.json.Depth).toBe(1);
    const correlationId = String(first.headers[WEBHOOK_HEADER.correlationId]);
    expect(correlationId).toBe(first.json.CorrelationId);

    // The handler writes back, as LeadLink's functions do, passing the correlation id on.
    await patch(
      emu,
      `${LEAD.set}(${id})`,
      { [LEAD.jobTitle]: 'Handled' },
      { [WEBHOOK_HEADER.correlationId]: correlationId },
    );
    await emu.webhooks.idle();
    const second = listener.received[1] as ReceivedWebhook;
    expect(second.json.MessageName).toBe(MESSAGE.update);
    expect(second.json.Depth).toBe(2);
    expect(second.json.CorrelationId).toBe(correlationId);
    expect(second.headers[WEBHOOK_HEADER.correlationId]).toBe(correlationId);
    expect((second.json.ParentContext as { Depth: number }).Depth).toBe(2);
  });

  test('a request with a correlation id no delivery carried starts at Depth 1', async () => {
    await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
    await create(emu, LEAD.set, { [LEAD.lastName]: 'Fresh' });
    const unrelated = '5d8f2f2e-0000-4000-8000-000000000001';
    const { status } = await post(
      emu,
      LEAD.set,
      { [LEAD.lastName]: 'Unrelated' },
      { [WEBHOOK_HEADER.correlationId]: unrelated },
    );
    expect(status).toBe(204);
    await emu.webhooks.idle();
    expect(listener.received.map((w) => w.json.Depth)).toEqual([1, 1]);
    expect(listener.received[1]?.json.CorrelationId).toBe(unrelated);
  });
});
