/**
 * Registered steps make the emulator call the function app: a plain listener sees the POSTs with the key, and the
 * function app's own handlers (served by the local server) run the plug-in the step belongs to.
 */
import type { DataverseClient } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import { startLocalServer } from '../../../functions/local/localServer';
import { buildHttpRoutes } from '../../../functions/routes';
import { createAppServices } from '../../../functions/runtime/createAppServices';
import { PLUGINS } from '../../../plugins/registry';
import { registerWebhooks } from '../../../solution/register';
import { registrationRows, startEmulator } from '../helpers/emulatorClient';
import { fixturePlugins, type FixtureRun } from '../helpers/fixturePlugins';
import { startWebhookListener, type WebhookListener } from '../helpers/webhookListener';

const KEY = 'delivery-test-key-0a1b2c3d4e5f';

describe('registered steps fire webhooks', () => {
  let emulator: Emulator;
  let client: DataverseClient;
  let listener: WebhookListener;
  beforeEach(async () => {
    ({ emulator, client } = await startEmulator());
    listener = await startWebhookListener();
  });
  afterEach(async () => {
    client.close();
    await listener.close();
    await emulator.stop();
  });

  it('sends nothing while the steps are disabled, and the event with ?code=<key> once enabled', async () => {
    const register = (enable: boolean) =>
      registerWebhooks(client, fixturePlugins(), {
        functionUrl: listener.url,
        auth: { kind: 'webhookKey', key: KEY },
        enable,
        dryRun: false,
      });
    await register(false);
    await client.create('leads', { subject: 'Before enabling', lastname: 'Disabled' });
    await emulator.webhooks.idle();
    expect(listener.received).toEqual([]);

    await register(true);
    const leadId = await client.create('leads', {
      subject: 'Contoso Ltd Conference',
      lastname: 'Bauer',
      emailaddress1: 'a.bauer@contoso.com',
    });
    await emulator.webhooks.idle();
    expect(listener.received).toHaveLength(1);
    const [post] = listener.received;
    expect(post?.path).toBe('/api/webhooks/dataverse');
    expect(post?.query.get('code')).toBe(KEY);
    expect(post?.headers['x-ms-dynamics-request-name']).toBe('Create');
    const body = JSON.parse(post?.body ?? '{}') as {
      MessageName: string;
      PrimaryEntityName: string;
      PrimaryEntityId: string;
      PostEntityImages: { key: string }[];
    };
    expect([body.MessageName, body.PrimaryEntityName, body.PrimaryEntityId]).toEqual(['Create', 'lead', leadId]);
    expect(body.PostEntityImages.map((i) => i.key)).toContain('PostImage');

    // The Update step filters on parentcontactid/statecode: a subject change sends nothing, a state change one event.
    await client.update('leads', leadId, { subject: 'Renamed' });
    await emulator.webhooks.idle();
    expect(listener.received).toHaveLength(1);
    await client.update('leads', leadId, { statecode: 2, statuscode: 4 });
    await emulator.webhooks.idle();
    expect(listener.received.map((r) => r.headers['x-ms-dynamics-request-name'])).toEqual(['Create', 'Update']);
  });

  it('sends the key in the x-leadlink-webhook-key header with HttpHeader auth', async () => {
    await registerWebhooks(client, fixturePlugins(), {
      functionUrl: listener.url,
      auth: { kind: 'httpHeader', name: 'x-leadlink-webhook-key', value: KEY },
      enable: true,
      dryRun: false,
    });
    await client.create('leadlink_interactions', { leadlink_name: 'Email opened' });
    await emulator.webhooks.idle();
    expect(listener.received).toHaveLength(1);
    expect(listener.received[0]?.headers['x-leadlink-webhook-key']).toBe(KEY);
    expect(listener.received[0]?.query.get('code')).toBeNull();
  });

  it("the function app's webhook handler runs the plug-in of the step that fired", async () => {
    const runs: FixtureRun[] = [];
    const app = createAppServices({ DATAVERSE_URL: emulator.url, LEADLINK_WEBHOOK_KEY: KEY });
    const services = { ...app, plugins: fixturePlugins(runs) };
    const functions = await startLocalServer(
      buildHttpRoutes(() => Promise.resolve(services)),
      0,
      () => undefined,
    );
    try {
      await registerWebhooks(client, services.plugins, {
        functionUrl: `${functions.url}/api/webhooks/dataverse`,
        auth: { kind: 'webhookKey', key: KEY },
        enable: true,
        dryRun: false,
      });
      const interactionId = await client.create('leadlink_interactions', { leadlink_name: 'Form submitted' });
      await emulator.webhooks.idle();
      expect(runs).toEqual([
        {
          plugin: 'fixture-interaction-created',
          message: 'Create',
          table: 'leadlink_interaction',
          recordId: interactionId,
        },
      ]);
      expect(emulator.webhooks.deliveries().map((d) => [d.status, d.outcome])).toEqual([[200, 'succeeded']]);
    } finally {
      await functions.close();
      app.dataverse.close();
    }
  });

  it('registers one step per entry of the real registry, twice without a twin', async () => {
    const options = {
      functionUrl: listener.url,
      auth: { kind: 'webhookKey', key: KEY } as const,
      enable: true,
      dryRun: false,
    };
    await registerWebhooks(client, PLUGINS, options);
    await registerWebhooks(client, PLUGINS, options);
    const declared = PLUGINS.flatMap((p) => p.steps.map((s) => s.stepId.toLowerCase())).sort();
    const rows = registrationRows(emulator);
    expect(rows.steps.map((s) => s.id).sort()).toEqual(declared);
    expect(rows.endpoints).toHaveLength(1);
    expect(rows.images).toHaveLength(PLUGINS.flatMap((p) => p.steps.flatMap((s) => s.images)).length);
  });
});
