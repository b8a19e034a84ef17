/**
 * The webhook endpoint's answers, with handler-level requests built directly: a bad key is 401, a malformed body
 * 400, an event no plug-in handles 2xx "nothing to do" — none of them writes to Dataverse. A plug-in's transient
 * failure becomes 503 (Dataverse retries once), its success 200.
 */
import { Emulator } from '../../emulator';
import { DataverseClient, ThrottledError } from '../../dataverse';
import { dataverseWebhook } from '../../functions/handlers/dataverseWebhook';
import type { AppServices } from '../../functions/runtime/AppServices';
import { createAppServices } from '../../functions/runtime/createAppServices';
import type { Plugin } from '../../plugins/Plugin';
import { webhookFixture } from '../support/webhookFixtures';
import { recordingContext, webhookRequest } from '../support/webhookRequests';

const KEY = 'test-webhook-key-0123456789';
const sample = webhookFixture('updateContact');

function plugin(handle: Plugin['handle']): Plugin {
  return {
    name: 'test-contact-update',
    description: 'test',
    steps: [
      {
        message: 'Update',
        table: 'contact',
        stage: 40,
        mode: 1,
        filteringAttributes: [],
        images: [],
        stepId: '00000000-0000-0000-0000-000000000001',
      },
    ],
    handle,
  };
}

describe('POST /api/webhooks/dataverse', () => {
  let emulator: Emulator;
  let base: AppServices;
  beforeAll(async () => {
    emulator = await new Emulator({ seed: 'empty' }).start();
    base = createAppServices({ DATAVERSE_URL: emulator.url, LEADLINK_WEBHOOK_KEY: KEY });
  });
  afterAll(async () => {
    base.dataverse.close();
    await emulator.stop();
  });
  const services = (plugins: readonly Plugin[]) => () => Promise.resolve({ ...base, plugins });
  const writes = (since: number) => emulator.log.entries(since).filter((e) => e.method !== 'GET');

  it('answers 401 to a wrong or missing key, revealing nothing, and runs no plug-in', async () => {
    const handle = jest.fn<ReturnType<Plugin['handle']>, Parameters<Plugin['handle']>>();
    const mark = emulator.log.mark;
    for (const request of [
      webhookRequest(sample),
      webhookRequest(sample, { code: 'wrong' }),
      webhookRequest(sample, { code: `${KEY}x` }),
    ]) {
      const { context } = recordingContext();
      const response = await dataverseWebhook(request, context, services([plugin(handle)]));
      expect(response.status).toBe(401);
      expect(JSON.stringify(response.jsonBody)).not.toContain(KEY);
    }
    expect(handle).not.toHaveBeenCalled();
    expect(emulator.log.entries(mark)).toHaveLength(0);
  });

  it('accepts the key as ?code= (WebhookKey) or as the x-leadlink-webhook-key header (HttpHeader)', async () => {
    const viaHeader = await dataverseWebhook(
      webhookRequest(sample, { headers: { 'x-leadlink-webhook-key': KEY } }),
      recordingContext().context,
      services([]),
    );
    const viaCode = await dataverseWebhook(
      webhookRequest(sample, { code: KEY }),
      recordingContext().context,
      services([]),
    );
    expect(viaHeader.status).toBe(200);
    expect(viaCode.status).toBe(200);
  });

  it('answers 400 to malformed JSON and to a body that is not a RemoteExecutionContext, without a write', async () => {
    const mark = emulator.log.mark;
    const bad = await dataverseWebhook(
      webhookRequest('{"MessageName": "Upd', { code: KEY }),
      recordingContext().context,
      services([]),
    );
    expect(bad.status).toBe(400);
    const notContext = await dataverseWebhook(
      webhookRequest('{"hello":"world"}', { code: KEY }),
      recordingContext().context,
      services([]),
    );
    expect(notContext.status).toBe(400);
    expect((notContext.jsonBody as { error: string }).error).toMatch(/MessageName/);
    expect(emulator.log.entries(mark)).toHaveLength(0);
  });

  it('answers 200 "nothing to do" when no plug-in handles the event, without a write', async () => {
    const mark = emulator.log.mark;
    const { context, lines } = recordingContext();
    const response = await dataverseWebhook(webhookRequest(sample, { code: KEY }), context, services([]));
    expect(response.status).toBe(200);
    expect(response.jsonBody).toMatchObject({ outcome: 'nothing-to-do' });
    expect(emulator.log.entries(mark)).toHaveLength(0);
    // Every log line is one JSON object carrying the correlation id of the event.
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(JSON.parse(line)).toMatchObject({ correlationId: '80e6b5d0-a9d9-4650-9c6b-df0d7796668d' });
  });

  it('runs the matching plug-in with the typed event and answers 200 with its outcome', async () => {
    const handle = jest.fn<ReturnType<Plugin['handle']>, Parameters<Plugin['handle']>>(async (event) => ({
      outcome: 'done',
      detail: `saw ${event.primaryEntityName} ${event.primaryEntityId}`,
    }));
    const response = await dataverseWebhook(
      webhookRequest(sample, { code: KEY }),
      recordingContext().context,
      services([plugin(handle)]),
    );
    expect(response.status).toBe(200);
    expect(response.jsonBody).toMatchObject({
      outcome: 'done',
      results: [
        { plugin: 'test-contact-update', outcome: 'done', detail: 'saw contact 543bcd04-365e-42e7-b873-83f4b1429de1' },
      ],
    });
    expect(handle.mock.calls[0]?.[0].messageName).toBe('Update');
  });

  it('runs only the plug-in whose step sent the event when OwningExtension names it', async () => {
    const mine = jest.fn<ReturnType<Plugin['handle']>, Parameters<Plugin['handle']>>(async () => ({
      outcome: 'done',
      detail: 'mine',
    }));
    const other = jest.fn<ReturnType<Plugin['handle']>, Parameters<Plugin['handle']>>(async () => ({
      outcome: 'done',
      detail: 'other',
    }));
    // The fixture was sent by step 3d235422-…; both plug-ins have an Update step on contact at stage 40.
    const owned: Plugin = {
      ...plugin(mine),
      name: 'owner',
      steps: [{ ...plugin(mine).steps[0]!, stepId: '3d235422-5376-46b2-b949-837378c02b33' }],
    };
    const response = await dataverseWebhook(
      webhookRequest(sample, { code: KEY }),
      recordingContext().context,
      services([plugin(other), owned]),
    );
    expect(response.status).toBe(200);
    expect(mine).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
  });

  it('answers 503 to a transient failure (Dataverse retries once) and 500 to a plug-in bug', async () => {
    const throttled = plugin(async () => {
      throw new ThrottledError({ method: 'GET', url: `${emulator.apiUrl}contacts`, status: 429, retryAfterMs: 1000 });
    });
    const broken = plugin(async () => {
      throw new TypeError('cannot read x of undefined');
    });
    const a = await dataverseWebhook(
      webhookRequest(sample, { code: KEY }),
      recordingContext().context,
      services([throttled]),
    );
    const b = await dataverseWebhook(
      webhookRequest(sample, { code: KEY }),
      recordingContext().context,
      services([broken]),
    );
    expect(a.status).toBe(503);
    expect(b.status).toBe(500);
    expect(JSON.stringify(b.jsonBody)).not.toContain('cannot read');
  });

  it('refuses a body far larger than Dataverse ever sends with 413', async () => {
    const huge = `{"x":"${'a'.repeat(1024 * 1024 + 10)}"}`;
    const response = await dataverseWebhook(
      webhookRequest(huge, { code: KEY }),
      recordingContext().context,
      services([]),
    );
    expect(response.status).toBe(413);
  });

  it('answers 500 without details when the app is not configured, and logs the setting by name', async () => {
    const { context, lines } = recordingContext();
    const response = await dataverseWebhook(webhookRequest(sample, { code: KEY }), context, () =>
      Promise.resolve().then(() => createAppServices({ DATAVERSE_URL: emulator.url })),
    );
    expect(response.status).toBe(500);
    expect(lines.join('\n')).toContain('LEADLINK_WEBHOOK_KEY');
  });

  it('checks the writes: none of the refused requests wrote anything', () => {
    expect(writes(0)).toHaveLength(0);
  });
});

// Keep the DataverseClient import meaningful for type-only readers.
export type { DataverseClient };
