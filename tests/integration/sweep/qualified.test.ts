/**
 * The safety net for capability 3: a qualified lead whose parent contact is still marketing-only (its webhook was
 * lost) gets that flag cleared. Sales contacts are never written; a disqualified lead's contact keeps its flag; a
 * partition clears only for its own leads.
 */
import { runSweep } from '../../../plugins/sweep';
import { CONTACT, LEAD } from '../../../schema/names';
import { settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

/** Lead ids placed in partition 0/2 (below 80…) and 1/2 (above). */
const LOW = '10000000-0000-4000-8000-000000000001';
const HIGH = 'f0000000-0000-4000-8000-000000000001';
const DISQUALIFIED = '20000000-0000-4000-8000-000000000001';
const SALES = '30000000-0000-4000-8000-000000000001';

describe('qualified leads', () => {
  it("clear their marketing-only contact's flag, only in their partition, and nothing else", async () => {
    const { emulator, admin } = await startSweepEmulator();
    try {
      await switchLinking(admin, true);
      const contact = (lastname: string, marketingonly: boolean) =>
        admin.create(CONTACT.set, { lastname, emailaddress1: `${lastname}@contoso.com`, marketingonly });
      const ids = {
        low: await contact('low', true),
        high: await contact('high', true),
        disqualified: await contact('disqualified', true),
        sales: await contact('sales', false),
      };
      const lead = async (leadid: string, contactId: string, state: { statecode: number; statuscode: number }) => {
        await admin.create(LEAD.set, {
          leadid,
          lastname: 'Lead',
          [`${LEAD.parentContact}@odata.bind`]: `/contacts(${contactId})`,
        });
        await admin.update(LEAD.set, leadid, state);
      };
      await lead(LOW, ids.low, { statecode: 1, statuscode: 3 });
      await lead(HIGH, ids.high, { statecode: 1, statuscode: 3 });
      await lead(DISQUALIFIED, ids.disqualified, { statecode: 2, statuscode: 4 });
      await lead(SALES, ids.sales, { statecode: 1, statuscode: 3 });
      const flag = (id: string) => emulator.store.get('contact', id)?.values.marketingonly;
      const salesVersion = emulator.store.get('contact', ids.sales)?.version;

      const first = await runSweep(admin, settingsOf(admin), { partition: { index: 0, count: 2 } });
      expect([first.qualifiedScanned, first.flagsCleared, first.failed]).toEqual([1, 1, []]);
      expect([flag(ids.low), flag(ids.high)]).toEqual([false, true]);

      const second = await runSweep(admin, settingsOf(admin), { partition: { index: 1, count: 2 } });
      expect([second.qualifiedScanned, second.flagsCleared]).toEqual([1, 1]);
      expect(flag(ids.high)).toBe(false);
      expect(flag(ids.disqualified)).toBe(true);
      expect(emulator.store.get('contact', ids.sales)?.version).toBe(salesVersion);

      const mark = emulator.log.mark;
      const third = await runSweep(admin, settingsOf(admin));
      expect([third.qualifiedScanned, third.flagsCleared]).toEqual([0, 0]);
      expect(emulator.log.entries(mark).filter((e) => e.method !== 'GET')).toEqual([]);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });
});
