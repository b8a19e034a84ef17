/**
 * Registration against the emulator over HTTP: the rows it writes, idempotency, updates of changed declarations,
 * enable/disable, and unregister removing exactly LeadLink's rows.
 */
import type { DataverseClient } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import type { Plugin } from '../../../plugins/Plugin';
import { countActions, registerWebhooks, unregisterWebhooks, type RegisterOptions } from '../../../solution/register';
import { ENDPOINT_ID, imageId } from '../../../solution/webhook/webhookIdentity';
import { registrationRows, startEmulator, writesSince } from '../helpers/emulatorClient';
import { FIXTURE_STEP_IDS, fixturePlugins } from '../helpers/fixturePlugins';

const KEY = 'register-test-key-9f8e7d6c5b4a';
const URL = 'http://127.0.0.1:9/api/webhooks/dataverse';

describe('registerWebhooks', () => {
  let emulator: Emulator;
  let client: DataverseClient;
  beforeEach(async () => {
    ({ emulator, client } = await startEmulator());
  });
  afterEach(async () => {
    client.close();
    await emulator.stop();
  });

  const options = (overrides: Partial<RegisterOptions> = {}): RegisterOptions => ({
    functionUrl: URL,
    auth: { kind: 'webhookKey', key: KEY },
    enable: false,
    dryRun: false,
    ...overrides,
  });

  it('writes one endpoint, one step per registry entry and their images; a second run writes nothing', async () => {
    const plugins = fixturePlugins();
    const first = await registerWebhooks(client, plugins, options());
    expect(countActions(first)).toEqual({ create: 6, update: 0, delete: 0, unchanged: 0 });

    const rows = registrationRows(emulator);
    expect(rows.endpoints.map((e) => [e.id, e.values.contract, e.values.authtype, e.values.url])).toEqual([
      [ENDPOINT_ID, 8, 4, URL],
    ]);
    expect(rows.steps.map((s) => s.id).sort()).toEqual(Object.values(FIXTURE_STEP_IDS).sort());
    const update = rows.steps.find((s) => s.id === FIXTURE_STEP_IDS.leadUpdated);
    expect(update?.values).toMatchObject({
      stage: 40,
      mode: 1,
      filteringattributes: 'parentcontactid,statecode',
      asyncautodelete: true,
    });
    expect(update?.values.eventhandler).toMatchObject({ id: ENDPOINT_ID, logicalName: 'serviceendpoint' });
    expect(
      rows.images.map((i) => [i.id, i.values.entityalias, i.values.imagetype, i.values.attributes]).sort(),
    ).toEqual(
      [
        [imageId(FIXTURE_STEP_IDS.leadCreated, 'PostImage'), 'PostImage', 1, 'emailaddress1,subject'],
        [imageId(FIXTURE_STEP_IDS.leadUpdated, 'PreImage'), 'PreImage', 0, 'parentcontactid'],
      ].sort(),
    );

    const mark = emulator.log.mark;
    const second = await registerWebhooks(client, plugins, options());
    expect(countActions(second)).toEqual({ create: 0, update: 0, delete: 0, unchanged: 6 });
    expect(writesSince(emulator, mark)).toEqual([]);
    expect(registrationRows(emulator).steps).toHaveLength(3);
    expect(registrationRows(emulator).endpoints).toHaveLength(1);
  });

  it('creates steps disabled; --enable enables them; a later run without it leaves them enabled', async () => {
    await registerWebhooks(client, fixturePlugins(), options());
    const states = () => registrationRows(emulator).steps.map((s) => [s.values.statecode, s.values.statuscode]);
    expect(states()).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    const enabled = await registerWebhooks(client, fixturePlugins(), options({ enable: true }));
    expect(enabled.items.filter((i) => i.details.includes('state: disabled → enabled'))).toHaveLength(3);
    expect(states()).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    const mark = emulator.log.mark;
    const again = await registerWebhooks(client, fixturePlugins(), options());
    expect(countActions(again).unchanged).toBe(6);
    expect(writesSince(emulator, mark)).toEqual([]);
    expect(states()).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it('updates changed filtering attributes, images and URL, and deletes a step that left the registry', async () => {
    await registerWebhooks(client, fixturePlugins(), options());
    const [created, updated] = fixturePlugins();
    const changed: Plugin[] = [
      created as Plugin,
      {
        ...(updated as Plugin),
        steps: (updated as Plugin).steps.map((s) => ({
          ...s,
          filteringAttributes: ['statecode', 'parentcontactid', 'leadlink_score'],
          images: [
            {
              alias: 'PreImage',
              type: 0 as const,
              attributes: ['parentcontactid', 'statecode'],
              messagePropertyName: 'Target' as const,
            },
          ],
        })),
      },
    ];
    const newUrl = 'http://127.0.0.1:10/api/webhooks/dataverse';
    const report = await registerWebhooks(client, changed, options({ functionUrl: newUrl }));
    const byId = new Map(report.items.map((i) => [i.id, i]));
    expect(byId.get(ENDPOINT_ID)?.action).toBe('update');
    expect(byId.get(ENDPOINT_ID)?.details).toEqual([
      `url: ${URL} → ${newUrl}`,
      'authvalue: *** (written with the new address or auth type)',
    ]);
    expect(byId.get(FIXTURE_STEP_IDS.leadUpdated)?.details).toEqual([
      'filteringattributes: parentcontactid,statecode → leadlink_score,parentcontactid,statecode',
      'state: disabled (run again with --enable to enable it)',
    ]);
    expect(byId.get(imageId(FIXTURE_STEP_IDS.leadUpdated, 'PreImage'))?.action).toBe('update');
    expect(byId.get(FIXTURE_STEP_IDS.interactionCreated)?.action).toBe('delete');
    expect(byId.get(FIXTURE_STEP_IDS.leadCreated)?.action).toBe('unchanged');

    const rows = registrationRows(emulator);
    expect(rows.steps.map((s) => s.id).sort()).toEqual(
      [FIXTURE_STEP_IDS.leadCreated, FIXTURE_STEP_IDS.leadUpdated].sort(),
    );
    expect(rows.steps.find((s) => s.id === FIXTURE_STEP_IDS.leadUpdated)?.values.filteringattributes).toBe(
      'leadlink_score,parentcontactid,statecode',
    );
    expect(rows.images.find((i) => i.values.entityalias === 'PreImage')?.values.attributes).toBe(
      'parentcontactid,statecode',
    );
    expect(rows.endpoints[0]?.values.url).toBe(newUrl);
  });

  it('puts back a step an admin changed or deleted by hand', async () => {
    await registerWebhooks(client, fixturePlugins(), options());
    await client.update('sdkmessageprocessingsteps', FIXTURE_STEP_IDS.leadUpdated, { filteringattributes: 'subject' });
    await client.delete('sdkmessageprocessingstepimages', imageId(FIXTURE_STEP_IDS.leadCreated, 'PostImage'));
    const report = await registerWebhooks(client, fixturePlugins(), options());
    expect(countActions(report)).toEqual({ create: 1, update: 1, delete: 0, unchanged: 4 });
    const rows = registrationRows(emulator);
    expect(rows.steps.find((s) => s.id === FIXTURE_STEP_IDS.leadUpdated)?.values.filteringattributes).toBe(
      'parentcontactid,statecode',
    );
    expect(rows.images).toHaveLength(2);
  });

  it('a dry run reads, plans and writes nothing; the plan masks the key', async () => {
    const mark = emulator.log.mark;
    const plan = await registerWebhooks(client, fixturePlugins(), options({ dryRun: true }));
    expect(plan.dryRun).toBe(true);
    expect(countActions(plan)).toEqual({ create: 6, update: 0, delete: 0, unchanged: 0 });
    expect(writesSince(emulator, mark)).toEqual([]);
    expect(registrationRows(emulator).steps).toHaveLength(0);
    const text = JSON.stringify(plan);
    expect(text).toContain('authvalue: ***');
    expect(text).not.toContain(KEY);
  });

  it('writes the key as the Code setting, and stores nothing derived from it in the endpoint', async () => {
    await registerWebhooks(client, fixturePlugins(), options());
    const endpoint = registrationRows(emulator).endpoints[0];
    expect(endpoint?.values.authvalue).toBe(`<settings><setting name="Code" value="${KEY}" /></settings>`);
    const { authvalue: _key, ...readable } = endpoint?.values ?? {};
    const text = JSON.stringify(readable);
    expect(text).not.toContain(KEY);
    expect(text).not.toMatch(/key check|[0-9a-f]{16}(?![0-9a-f-])/i);
  });

  it('rewrites the key only with --rotate-key or a new address (authvalue cannot be read back)', async () => {
    await registerWebhooks(client, fixturePlugins(), options());
    const rotatedKey = `${KEY}-rotated`;
    const unasked = await registerWebhooks(
      client,
      fixturePlugins(),
      options({ auth: { kind: 'webhookKey', key: rotatedKey } }),
    );
    expect(unasked.items.find((i) => i.component === 'endpoint')?.action).toBe('unchanged');
    const rotated = await registerWebhooks(
      client,
      fixturePlugins(),
      options({ auth: { kind: 'webhookKey', key: rotatedKey }, rotateKey: true }),
    );
    const endpoint = rotated.items.find((i) => i.component === 'endpoint');
    expect(endpoint?.action).toBe('update');
    expect(endpoint?.details).toEqual(['authvalue: *** (rotated)']);
    expect(registrationRows(emulator).endpoints[0]?.values.authvalue).toBe(
      `<settings><setting name="Code" value="${rotatedKey}" /></settings>`,
    );
    expect(JSON.stringify(rotated)).not.toContain(KEY);
    const moved = await registerWebhooks(
      client,
      fixturePlugins(),
      options({ functionUrl: 'https://leadlink-other.azurewebsites.net/api/webhooks/dataverse' }),
    );
    expect(moved.items.find((i) => i.component === 'endpoint')?.details).toContain(
      'authvalue: *** (written with the new address or auth type)',
    );
    expect(registrationRows(emulator).endpoints[0]?.values.authvalue).toContain(`value="${KEY}"`);
  });

  it('switches to HttpHeader auth with the settings document', async () => {
    await registerWebhooks(client, fixturePlugins(), options());
    await registerWebhooks(
      client,
      fixturePlugins(),
      options({ auth: { kind: 'httpHeader', name: 'x-leadlink-webhook-key', value: KEY } }),
    );
    const endpoint = registrationRows(emulator).endpoints[0];
    expect(endpoint?.values.authtype).toBe(5);
    expect(endpoint?.values.authvalue).toBe(
      `<settings><setting name="x-leadlink-webhook-key" value="${KEY}" /></settings>`,
    );
  });

  it('stops before writing anything when a table has no message filter', async () => {
    const plugins: Plugin[] = [
      ...fixturePlugins(),
      {
        ...(fixturePlugins()[2] as Plugin),
        name: 'fixture-unknown',
        steps: [
          {
            ...(fixturePlugins()[2] as Plugin).steps[0]!,
            table: 'leadlink_nosuchtable',
            stepId: '5b0f6a51-6e0c-4c55-9a38-2f3f7c1d0a09',
          },
        ],
      },
    ];
    const mark = emulator.log.mark;
    await expect(registerWebhooks(client, plugins, options())).rejects.toThrow(
      "Dataverse has no sdkmessagefilter for Create of 'leadlink_nosuchtable' (needed by plug-in 'fixture-unknown')",
    );
    expect(writesSince(emulator, mark)).toEqual([]);
  });

  it('refuses a bad URL or a short key before any request, without repeating the key', async () => {
    const mark = emulator.log.mark;
    await expect(
      registerWebhooks(client, fixturePlugins(), options({ functionUrl: 'http://example.com/api/x' })),
    ).rejects.toThrow('must use https');
    await expect(
      registerWebhooks(client, fixturePlugins(), options({ functionUrl: `https://example.com/api/x?code=${KEY}` })),
    ).rejects.toThrow(/must not have a query string/);
    await expect(
      registerWebhooks(client, fixturePlugins(), options({ functionUrl: 'https://example.com:8443/api/x' })),
    ).rejects.toThrow('only call port 443');
    const short = registerWebhooks(
      client,
      fixturePlugins(),
      options({ auth: { kind: 'webhookKey', key: 'short-key' } }),
    );
    await expect(short).rejects.toThrow('too short');
    await expect(short).rejects.not.toThrow('short-key');
    expect(emulator.log.entries(mark)).toEqual([]);
  });

  it('unregister removes the endpoint, steps and images it made and leaves other registrations alone', async () => {
    await registerWebhooks(client, fixturePlugins(), options({ enable: true }));
    const otherEndpoint = await client.create('serviceendpoints', {
      name: 'Someone else',
      url: 'https://example.com/hook',
      contract: 8,
      authtype: 4,
      authvalue: 'x'.repeat(20),
    });
    const messages = await client.queryAll('sdkmessages', { filter: "name eq 'Create'" });
    const filters = await client.queryAll('sdkmessagefilters', {
      filter: `primaryobjecttypecode eq 'contact' and _sdkmessageid_value eq ${String(messages[0]?.sdkmessageid)}`,
    });
    await client.create('sdkmessageprocessingsteps', {
      name: 'Someone else: Create of contact',
      stage: 40,
      mode: 1,
      'eventhandler_serviceendpoint@odata.bind': `/serviceendpoints(${otherEndpoint})`,
      'sdkmessageid@odata.bind': `/sdkmessages(${String(messages[0]?.sdkmessageid)})`,
      'sdkmessagefilterid@odata.bind': `/sdkmessagefilters(${String(filters[0]?.sdkmessagefilterid)})`,
    });

    const dry = await unregisterWebhooks(client, fixturePlugins(), { dryRun: true });
    expect(countActions(dry)).toEqual({ create: 0, update: 0, delete: 6, unchanged: 0 });
    expect(registrationRows(emulator).steps).toHaveLength(4);

    const report = await unregisterWebhooks(client, fixturePlugins(), { dryRun: false });
    expect(countActions(report).delete).toBe(6);
    const rows = registrationRows(emulator);
    expect(rows.endpoints.map((e) => e.values.name)).toEqual(['Someone else']);
    expect(rows.steps.map((s) => s.values.name)).toEqual(['Someone else: Create of contact']);
    expect(rows.images).toEqual([]);
    expect(countActions(await unregisterWebhooks(client, fixturePlugins(), { dryRun: false })).delete).toBe(0);
  });

  it('unregister also finds LeadLink steps by name when their ids are no longer in the registry', async () => {
    await registerWebhooks(client, fixturePlugins(), options());
    const report = await unregisterWebhooks(client, [], { dryRun: false });
    expect(countActions(report).delete).toBe(6);
    expect(registrationRows(emulator)).toEqual({ endpoints: [], steps: [], images: [] });
  });
});
