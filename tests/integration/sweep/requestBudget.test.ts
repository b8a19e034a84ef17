/**
 * The throughput contract, counted from the emulator's log: per page of leads, one read, one `$batch` of match
 * reads, one CreateMultiple per 1,000 new contacts and one `$batch` of links per 1,000 leads — no request per lead.
 */
import { syntheticLeads } from '../../../bench/backfill/syntheticLeads';
import { runSweep } from '../../../plugins/sweep';
import { endState, orphans, sharedEmails } from './helpers/endState';
import { importData, settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

describe('requests a sweep sends', () => {
  it('are a handful per page, whatever the number of leads', async () => {
    const { emulator, admin } = await startSweepEmulator();
    try {
      await switchLinking(admin, true);
      const data = syntheticLeads({
        leads: 3000,
        existingContacts: 300,
        matchShare: 0.15,
        sharedShare: 0.1,
        noEmailShare: 0.03,
        seed: 2,
      });
      await importData(admin, data);
      const mark = emulator.log.mark;
      const summary = await runSweep(admin, settingsOf(admin), { pageSize: 1000 });
      expect([summary.scanned, summary.linked, summary.failed.length]).toEqual([3000, 3000, 0]);
      const page = ['GET leads', 'POST $batch', 'POST contacts/Microsoft.Dynamics.CRM.CreateMultiple', 'POST $batch'];
      expect(emulator.log.entries(mark).map((e) => `${e.method} ${e.path.split('?')[0]}`)).toEqual([
        'GET environmentvariabledefinitions',
        ...page,
        ...page,
        ...page,
        'GET leads', // qualified leads whose contact is still marketing-only: none
      ]);
      const state = endState(emulator);
      expect(orphans(state)).toEqual([]);
      expect(sharedEmails(state)).toEqual([]);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });
});
