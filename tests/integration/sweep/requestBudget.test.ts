/**
 * The throughput contract, counted from the emulator's log: per page of leads, one read, one `$batch` of match
 * reads, and `$batch`es of one change set per lead (a new contact or the lead's opt-outs, with its link), up to 1,000
 * operations each — no request per lead.
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
      const entries = emulator.log.entries(mark);
      const requests = entries.map((e) => `${e.method} ${e.path.split('?')[0]}`);
      expect(requests[0]).toBe('GET environmentvariabledefinitions');
      // Qualified leads whose contact is still marketing-only, leads whose contact lacks an opt-out: none.
      expect(requests.slice(-2)).toEqual(['GET leads', 'GET leads']);
      const pages = requests.slice(1, -2).join(' | ').split('GET leads | ').filter(Boolean);
      expect(pages).toHaveLength(3);
      for (const page of pages) {
        const batches = page.split(' | ').filter(Boolean);
        expect(batches.every((r) => r === 'POST $batch')).toBe(true);
        // The match reads, then at most 2,000 operations (two per lead at most) in batches of 1,000, in two waves.
        expect(batches.length).toBeGreaterThanOrEqual(2);
        expect(batches.length).toBeLessThanOrEqual(5);
      }
      const operations = entries.reduce((n, e) => n + (e.operations ?? 0), 0);
      expect(operations).toBeLessThan(2 * 3000 + 100);
      const state = endState(emulator);
      expect(orphans(state)).toEqual([]);
      expect(sharedEmails(state)).toEqual([]);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });
});
