/**
 * The sweep racing other writers. A lead linked between the sweep's read and its write keeps the contact it got —
 * the link carries the lead's ETag, so Dataverse refuses it (412) and the contact that change set would have made is
 * not made either — and a contact a webhook made meanwhile is used, not made twice (the create meets it with 412; the
 * lead is read again and linked to it).
 */
import type { BatchItem, BatchOperation, BatchOptions, CallOptions, DataverseClient } from '../../../dataverse';
import { runSweep, type SweepClient } from '../../../plugins/sweep';
import { CONTACT, LEAD } from '../../../schema/names';
import { endState, ghosts, orphans, sharedEmails } from './helpers/endState';
import { createAll, settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

/** The real client, with a hook that runs (and finishes) right before one of its calls is sent. */
function withHook(
  client: DataverseClient,
  hooks: { beforeWrite?: (operations: readonly BatchOperation[]) => Promise<void> },
): SweepClient {
  return {
    queryPages: (...args) => client.queryPages(...args),
    fetchXmlRows: (...args) => client.fetchXmlRows(...args),
    request: (...args) => client.request(...args),
    updateMultiple: (...args) => client.updateMultiple(...args),
    async batch(items: readonly BatchItem[], options?: BatchOptions, call?: CallOptions) {
      const writes = items.flatMap((item) => ('changeSet' in item ? item.changeSet : []));
      if (writes.length > 0) await hooks.beforeWrite?.(writes);
      return client.batch(items, options, call);
    },
  };
}

const leads = Array.from({ length: 30 }, (_, i) => ({
  [LEAD.id]: `${(i + 16).toString(16).padStart(2, '0')}000000-0000-4000-8000-000000000000`,
  [LEAD.lastName]: `Lead ${i}`,
  [LEAD.email]: `lead${i}@contoso.com`,
}));

describe('racing writers', () => {
  it('leaves alone a lead that got a parent contact after the sweep read it', async () => {
    const { emulator, admin } = await startSweepEmulator();
    try {
      await switchLinking(admin, true);
      await createAll(admin, LEAD.set, LEAD.table, leads);
      const colleague = await admin.create(CONTACT.set, {
        lastname: 'Colleague',
        emailaddress1: 'colleague@contoso.com',
      });
      const raced = String(leads[7]?.[LEAD.id]);
      const parentWrites = new Map<string, number>();
      emulator.store.onCommit((changes) => {
        for (const change of changes) {
          if (change.table === 'lead' && change.written.parentcontactid)
            parentWrites.set(change.id, (parentWrites.get(change.id) ?? 0) + 1);
        }
      });
      let raceRun = false;
      const client = withHook(admin, {
        beforeWrite: async () => {
          if (raceRun) return;
          raceRun = true;
          // A salesperson (or the webhook) links the lead while the sweep's link batch is on its way.
          await admin.update(LEAD.set, raced, { [`${LEAD.parentContact}@odata.bind`]: `/contacts(${colleague})` });
        },
      });

      const summary = await runSweep(client, settingsOf(admin));
      expect(raceRun).toBe(true);
      expect(summary.leftAlone).toBe(1);
      expect(summary.linked).toBe(leads.length - 1);
      expect(summary.created).toBe(leads.length - 1);
      expect(summary.failed).toEqual([]);
      const state = endState(emulator);
      expect(state.links[raced]).toBe(colleague);
      expect(orphans(state)).toEqual([]);
      // No ghost: the contact the raced lead would have got was never made.
      expect(ghosts(state)).toEqual([]);
      // Every lead's parent contact was written once: none was overwritten.
      expect([...parentWrites.values()].every((n) => n === 1)).toBe(true);
      expect(parentWrites.size).toBe(leads.length);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });

  it('links to a contact a webhook created meanwhile instead of making its twin', async () => {
    const { emulator, admin } = await startSweepEmulator();
    try {
      await switchLinking(admin, true);
      await createAll(admin, LEAD.set, LEAD.table, leads);
      let twinId: string | undefined;
      const client = withHook(admin, {
        beforeWrite: async (operations) => {
          if (twinId !== undefined) return;
          const create = operations.filter((op) => op.url.startsWith('contacts(') && op.headers?.['If-None-Match'])[3];
          twinId = /contacts\(([^)]+)\)/.exec(create?.url ?? '')?.[1];
          if (twinId === undefined) throw new Error('no contact create in the first write batch');
          // The webhook's create-only upsert for the same identity, a moment earlier.
          await admin.upsert(CONTACT.set, twinId, create?.json as Record<string, unknown>, { mode: 'createOnly' });
        },
      });

      const summary = await runSweep(client, settingsOf(admin));
      expect(twinId).toBeDefined();
      expect(summary.failed).toEqual([]);
      expect(summary.created).toBe(leads.length - 1);
      expect(summary.matched).toBe(1);
      expect(summary.linked).toBe(leads.length);
      const state = endState(emulator);
      expect(Object.keys(state.contacts)).toHaveLength(leads.length);
      expect(sharedEmails(state)).toEqual([]);
      expect(Object.values(state.links)).toContain(twinId);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });
});
