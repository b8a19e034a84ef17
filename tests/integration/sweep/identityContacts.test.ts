/**
 * The sweep's link decision for what real environments hold: contacts deactivated by hand or merged away (never
 * linked to; masterid followed; the next deterministic id when there is no active master), and consent — a lead's
 * opt-outs reach its contact on linking, and the opt-out phase repairs links made without them; nothing is loosened,
 * no other column of an existing contact changes, and the summary counts it.
 */
import { deterministicContactId } from '../../../plugins/identity';
import { runSweep } from '../../../plugins/sweep';
import { CONTACT, LEAD } from '../../../schema/names';
import { endState, ghosts, orphans } from './helpers/endState';
import { mergeContacts } from '../../support/mergeContacts';
import { settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

const idOf = (email: string, generation = 0) =>
  deterministicContactId(email, '00000000-0000-4000-8000-000000000000', generation);

describe('the sweep and inactive, merged and stricter contacts', () => {
  it('links past inactive contacts, follows merges, applies opt-outs, and repairs earlier links', async () => {
    const { emulator, admin } = await startSweepEmulator();
    const values = (id: string) => emulator.store.get('contact', id)?.values ?? {};
    const version = (id: string) => emulator.store.get('contact', id)?.version;
    try {
      await switchLinking(admin, true);
      // The identity contact of deactivated@ (an earlier run made it), deactivated by hand.
      await admin.upsert(CONTACT.set, idOf('deactivated@contoso.com'), {
        lastname: 'Deactivated',
        emailaddress1: 'deactivated@contoso.com',
        marketingonly: true,
      });
      await admin.update(CONTACT.set, idOf('deactivated@contoso.com'), { statecode: 1, statuscode: 2 });
      // The identity contact of merged@, merged into a master with another address.
      await admin.upsert(CONTACT.set, idOf('merged@contoso.com'), {
        lastname: 'Twin',
        emailaddress1: 'merged@contoso.com',
      });
      const master = await admin.create(CONTACT.set, { lastname: 'Master', emailaddress1: 'master@contoso.com' });
      await mergeContacts(admin, master, idOf('merged@contoso.com'));
      // An inactive contact with the same address as a lead: never a match.
      const inactive = await admin.create(CONTACT.set, { lastname: 'Inactive', emailaddress1: 'ana@contoso.com' });
      await admin.update(CONTACT.set, inactive, { statecode: 1, statuscode: 2 });
      // An existing sales contact that allows e-mail, matched by a lead that opts out.
      const sales = await admin.create(CONTACT.set, {
        lastname: 'Sales',
        emailaddress1: 'sales@contoso.com',
        jobtitle: 'CFO',
      });
      // A lead linked by hand earlier to a contact that allows what the lead opts out of (any lead state).
      const handLinked = await admin.create(CONTACT.set, { lastname: 'Hand', emailaddress1: 'hand@contoso.com' });
      const earlier = await admin.create(LEAD.set, {
        lastname: 'Earlier',
        donotphone: true,
        donotfax: true,
        [`${LEAD.parentContact}@odata.bind`]: `/contacts(${handLinked})`,
      });
      await admin.update(LEAD.set, earlier, { statecode: 2, statuscode: 4 });
      const untouched = [inactive, idOf('deactivated@contoso.com'), idOf('merged@contoso.com')].map((id) => [
        id,
        version(id),
      ]);

      const leads = {
        deactivated: await admin.create(LEAD.set, { lastname: 'D', emailaddress1: 'deactivated@contoso.com' }),
        merged: await admin.create(LEAD.set, { lastname: 'M', emailaddress1: 'merged@contoso.com', donotsendmm: true }),
        ana: await admin.create(LEAD.set, { lastname: 'Ana', emailaddress1: 'ana@contoso.com' }),
        sales: await admin.create(LEAD.set, { lastname: 'S', emailaddress1: 'sales@contoso.com', donotemail: true }),
      };
      const summary = await runSweep(admin, settingsOf(admin));
      expect(summary.failed).toEqual([]);
      const state = endState(emulator);
      expect(state.links[leads.deactivated]).toBe(idOf('deactivated@contoso.com', 1));
      expect(values(idOf('deactivated@contoso.com', 1))).toMatchObject({ statecode: 0, marketingonly: true });
      expect(state.links[leads.merged]).toBe(master);
      expect(values(master)).toMatchObject({ donotsendmm: true });
      expect(state.links[leads.ana]).toBe(idOf('ana@contoso.com'));
      expect(state.links[leads.sales]).toBe(sales);
      expect(values(sales)).toMatchObject({ donotemail: true, jobtitle: 'CFO', donotphone: false });
      // The earlier link is repaired by the opt-out phase: phone and fax, nothing else.
      expect(values(handLinked)).toMatchObject({ donotphone: true, donotfax: true, donotemail: false });
      expect(summary.optOutLeadsScanned).toBe(1);
      expect(summary.optOutsApplied).toBe(3); // master, sales (on linking), hand-linked (repair)
      for (const [id, v] of untouched) expect(version(String(id))).toBe(v);
      expect(orphans(state).filter((id) => id !== earlier)).toEqual([]);
      expect(ghosts(state)).toEqual([]);

      // Nothing left to do: a second run writes nothing.
      const mark = emulator.log.mark;
      const again = await runSweep(admin, settingsOf(admin));
      expect([again.linked, again.optOutsApplied, again.failed.length]).toEqual([0, 0, 0]);
      expect(emulator.log.entries(mark).filter((e) => e.method !== 'GET')).toEqual([]);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });

  it('a dry run counts the opt-outs it would apply and writes nothing', async () => {
    const { emulator, admin } = await startSweepEmulator();
    try {
      await switchLinking(admin, true);
      const contact = await admin.create(CONTACT.set, { lastname: 'Open', emailaddress1: 'open@contoso.com' });
      await admin.create(LEAD.set, {
        lastname: 'Closed',
        donotbulkemail: true,
        [`${LEAD.parentContact}@odata.bind`]: `/contacts(${contact})`,
      });
      const mark = emulator.log.mark;
      const predicted = await runSweep(admin, settingsOf(admin), { dryRun: true });
      expect(predicted.optOutsApplied).toBe(1);
      expect(emulator.log.entries(mark).every((e) => e.method === 'GET')).toBe(true);
      expect(emulator.store.get('contact', contact)?.values.donotbulkemail).toBe(false);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });
});
