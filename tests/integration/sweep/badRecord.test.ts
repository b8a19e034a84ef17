/**
 * One record Dataverse refuses does not stop the run: it is reported — step, code, Dataverse's reason, its leads —
 * and every other lead is linked. The refused record is realistic: a lead whose Job Title is longer than the
 * contact's column holds, in an environment where the lead's was lengthened (helpers/refusedRecord.ts).
 */
import { contactFromLead, type LeadRow } from '../../../plugins/identity';
import { runSweep } from '../../../plugins/sweep';
import { LEAD } from '../../../schema/names';
import { endState, orphans, sharedEmails } from './helpers/endState';
import { TITLE_TOO_LONG_FOR_CONTACT, WITH_LONGER_LEAD_TITLE } from './helpers/refusedRecord';
import { createAll, settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';
import type { Emulator } from '../../../emulator';

const state0Contacts = (emulator: Emulator) => [...emulator.store.rows('contact')].map((row) => row.id);

const BAD_LEAD = '0bad0000-0000-4000-8000-000000000001';
const BAD_EMAIL = 'ilknur.yilmaz@example.com';

describe('a record Dataverse refuses', () => {
  it('is reported with its reason while the rest of the run goes on, and again on the next run without harm', async () => {
    const { emulator, admin } = await startSweepEmulator({
      customizations: WITH_LONGER_LEAD_TITLE,
    });
    try {
      await switchLinking(admin, true);
      const leads = [
        {
          [LEAD.id]: BAD_LEAD,
          [LEAD.lastName]: 'Yilmaz',
          [LEAD.email]: BAD_EMAIL,
          [LEAD.jobTitle]: TITLE_TOO_LONG_FOR_CONTACT,
        },
        ...Array.from({ length: 60 }, (_, i) => ({
          [LEAD.lastName]: `Lead ${i}`,
          [LEAD.email]: `lead${i % 40}@contoso.com`,
        })),
      ];
      await createAll(admin, LEAD.set, LEAD.table, leads);
      const expectedContact = contactFromLead({ leadid: BAD_LEAD, emailaddress1: BAD_EMAIL } as LeadRow).contactId;

      const mark = emulator.log.mark;
      const summary = await runSweep(admin, settingsOf(admin));
      expect(summary.failed).toEqual([
        {
          step: 'create-contact',
          leadIds: [BAD_LEAD],
          contactId: expectedContact,
          status: 400,
          code: '0x80044331',
          reason: expect.stringContaining("'jobtitle'") as string,
        },
      ]);
      expect(summary.linked).toBe(60);
      expect(summary.created).toBe(40);
      // Each lead's change set stands alone: the refused one failed alone (and made no contact), the others went in.
      const writes = emulator.log.entries(mark).filter((e) => e.method !== 'GET');
      expect(writes.map((e) => [e.path, e.status])).toEqual([
        ['$batch', 200], // the match reads
        ['$batch', 200], // the leads that make a contact, or link to one that exists
        ['$batch', 200], // the leads that share a contact made by another
      ]);
      expect(state0Contacts(emulator)).not.toContain(expectedContact);
      const state = endState(emulator);
      expect(orphans(state)).toEqual([BAD_LEAD]);
      expect(sharedEmails(state)).toEqual([]);

      const again = await runSweep(admin, settingsOf(admin));
      expect(again.failed.map((f) => [f.step, f.leadIds])).toEqual([['create-contact', [BAD_LEAD]]]);
      expect([again.scanned, again.linked, again.created]).toEqual([1, 0, 0]);
      expect(endState(emulator)).toEqual(state);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });
});
