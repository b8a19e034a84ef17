/**
 * The safety net, end to end: 1,000 leads arrive with CreateMultiple while the webhook steps are on, but service
 * protection limits are scaled down so the function app is throttled — it defers most leads to the sweep (2xx, so no
 * delivery fails). One sweep, racing the deliveries still under way, links every lead exactly once, and no
 * two contacts share a normalized e-mail. The real webhook path runs: the emulator posts RemoteExecutionContext JSON
 * to the function app's handlers served by the local server.
 */
import { syntheticLeads } from '../../../bench/backfill/syntheticLeads';
import { DataverseClient } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import { startLocalServer, type LocalServer } from '../../../functions/local/localServer';
import { buildHttpRoutes } from '../../../functions/routes';
import { createAppServices } from '../../../functions/runtime/createAppServices';
import type { AppServices } from '../../../functions/runtime/AppServices';
import { PLUGINS } from '../../../plugins/registry';
import { runSweep } from '../../../plugins/sweep';
import { CONTACT, LEAD } from '../../../schema/names';
import { registerWebhooks } from '../../../solution/register';
import { endState, orphans, sharedEmails } from './helpers/endState';
import { addUser, clientAs, createAll, settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

const KEY = 'sweep-race-webhook-key-5f3a9c1e7b2d';
const data = syntheticLeads({
  leads: 1000,
  existingContacts: 100,
  matchShare: 0.15,
  sharedShare: 0.2,
  noEmailShare: 0.03,
  seed: 5,
});

// 1,000 leads and their webhook deliveries: minutes on a busy machine.
jest.setTimeout(300_000);

describe('a bulk import while webhooks are throttled', () => {
  let emulator: Emulator;
  let admin: DataverseClient;
  let app: AppServices;
  let functions: LocalServer;

  beforeAll(async () => {
    ({ emulator, admin } = await startSweepEmulator());
    await switchLinking(admin, true);
    // Groups of 10: a hundred groups of a few requests each, far more than the function app's budget below.
    app = createAppServices({ DATAVERSE_URL: emulator.url, LEADLINK_WEBHOOK_KEY: KEY, LEADLINK_GROUP_MAX_SIZE: '10' });
    functions = await startLocalServer(
      buildHttpRoutes(() => Promise.resolve(app)),
      0,
      () => undefined,
    );
    await registerWebhooks(admin, PLUGINS, {
      functionUrl: `${functions.url}/api/webhooks/dataverse`,
      auth: { kind: 'webhookKey', key: KEY },
      enable: true,
      dryRun: false,
    });
    await createAll(admin, CONTACT.set, CONTACT.table, data.contacts);
  });

  afterAll(async () => {
    await functions.close();
    app.deferred?.stop();
    app.dataverse.close();
    admin.close();
    await emulator.stop();
  });

  // Thousands of HTTP deliveries and a bulk sweep: on a busy machine this takes minutes, so its limit is generous.
  it('is made whole by one sweep: every lead linked exactly once, no two contacts with one e-mail', async () => {
    const parentWrites = new Map<string, number>();
    emulator.store.onCommit((changes) => {
      for (const change of changes) {
        if (change.table === 'lead' && change.written.parentcontactid)
          parentWrites.set(change.id, (parentWrites.get(change.id) ?? 0) + 1);
      }
    });
    const existingBefore = new Map([...emulator.store.rows('contact')].map((row) => [row.id, row.values]));
    // Each user gets 40 requests per 300 s: the function app's user runs out after about ten groups of leads, and the
    // Retry-After (minutes) is far past a webhook's budget, so it defers the leads to the sweep.
    emulator.protection.configure({ requests: 40 });
    const importer = clientAs(emulator, await addUser(admin, 'importer'));
    const sweeper = clientAs(emulator, await addUser(admin, 'sweeper'));
    try {
      await createAll(importer, LEAD.set, LEAD.table, data.leads);
      const summary = await runSweep(sweeper, settingsOf(sweeper));
      await emulator.webhooks.idle();

      const creates = emulator.webhooks.deliveries().filter((d) => d.message === 'Create' && d.table === 'lead');
      expect(creates).toHaveLength(data.leads.length);
      expect(creates.filter((d) => d.outcome === 'failed')).toEqual([]);
      expect(app.deferred?.waiting().size).toBeGreaterThan(0);

      expect(summary.failed).toEqual([]);
      expect(summary.linked + summary.leftAlone).toBe(summary.scanned);
      const state = endState(emulator);
      expect(orphans(state)).toEqual([]);
      expect(sharedEmails(state)).toEqual([]);
      expect(parentWrites.size).toBe(data.leads.length);
      expect([...parentWrites.entries()].filter(([, writes]) => writes !== 1)).toEqual([]);
      // Contacts that existed were matched and linked, and changed only by a lead's opt-out reaching them.
      const changed = [...existingBefore].flatMap(([id, before]) => {
        const after = emulator.store.get('contact', id)?.values ?? {};
        return Object.keys(after).filter((column) => {
          if (['modifiedon', 'modifiedby', 'versionnumber'].includes(column)) return false;
          if (JSON.stringify(after[column]) === JSON.stringify(before[column])) return false;
          const tightened = column.startsWith('donot') && before[column] === false && after[column] === true;
          return !tightened;
        });
      });
      expect(changed).toEqual([]);
    } finally {
      importer.close();
      sweeper.close();
    }
  }, 1_200_000);
});
