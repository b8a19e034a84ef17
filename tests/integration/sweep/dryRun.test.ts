/**
 * --dry-run writes nothing — the emulator's log shows only GETs — and says exactly what the real run then does.
 */
import { syntheticLeads } from '../../../bench/backfill/syntheticLeads';
import { contactFromLead, type LeadRow } from '../../../plugins/identity';
import { runSweep } from '../../../plugins/sweep';
import { CONTACT, LEAD } from '../../../schema/names';
import { endState } from './helpers/endState';
import { addUser, clientAs, importData, settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

describe('dry run', () => {
  it('sends only GETs, changes nothing, and predicts the real run', async () => {
    const { emulator, admin } = await startSweepEmulator();
    try {
      await switchLinking(admin, true);
      const data = syntheticLeads({
        leads: 900,
        existingContacts: 100,
        matchShare: 0.15,
        sharedShare: 0.3,
        noEmailShare: 0.05,
        seed: 3,
      });
      await importData(admin, data);
      // A contact an earlier run made for a lead without an e-mail, before it stopped short of linking the lead.
      const noEmail = data.leads.find((l) => l.emailaddress1 === undefined) as LeadRow | undefined;
      if (!noEmail) throw new Error('the data has no lead without an e-mail');
      const leftover = contactFromLead(noEmail);
      await admin.create(CONTACT.set, { [CONTACT.id]: leftover.contactId, ...leftover.record });
      // Qualified leads whose contact is still marketing-only (their webhook was lost), one of them twice.
      const marketing = await admin.create(CONTACT.set, {
        lastname: 'Pham',
        emailaddress1: 'pham@contoso.com',
        marketingonly: true,
      });
      for (const subject of ['Webinar', 'Trade show']) {
        const id = await admin.create(LEAD.set, {
          subject,
          lastname: 'Pham',
          [`${LEAD.parentContact}@odata.bind`]: `/contacts(${marketing})`,
        });
        await admin.update(LEAD.set, id, { statecode: 1, statuscode: 3 });
      }

      const user = await addUser(admin, 'dry-run');
      const client = clientAs(emulator, user);
      const before = endState(emulator);
      const mark = emulator.log.mark;
      const predicted = await runSweep(client, settingsOf(client), { dryRun: true, pageSize: 200 });
      const requests = emulator.log.entries(mark);
      expect(requests.length).toBeGreaterThan(5);
      expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(endState(emulator)).toEqual(before);
      expect(predicted.dryRun).toBe(true);

      const done = await runSweep(client, settingsOf(client), { pageSize: 200 });
      client.close();
      const counts = (s: typeof done) => ({
        scanned: s.scanned,
        matched: s.matched,
        created: s.created,
        linked: s.linked,
        qualifiedScanned: s.qualifiedScanned,
        flagsCleared: s.flagsCleared,
        failed: s.failed.length,
      });
      expect(counts(predicted)).toEqual(counts(done));
      expect(done.linked).toBe(data.leads.length);
      expect(done.flagsCleared).toBe(1);
      expect(endState(emulator).links[String(noEmail.leadid)]).toBe(leftover.contactId);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });
});
