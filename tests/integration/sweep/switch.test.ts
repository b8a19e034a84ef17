/**
 * leadlink_OrphanLeadContactCreation ships off: the sweep then links nothing. --force-on (forceOn) overrides it and
 * the summary says so; a value that is neither yes nor no stops the run with an error naming the variable.
 */
import { importEnvironmentVariables } from '../../../bin/start/importEnvironmentVariables';
import { runSweep, SweepStoppedError } from '../../../plugins/sweep';
import { ENV_VARS } from '../../../schema/environmentVariables';
import { LEAD } from '../../../schema/names';
import { endState, orphans } from './helpers/endState';
import { createAll, settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

const leads = Array.from({ length: 20 }, (_, i) => ({
  [LEAD.lastName]: `Lead ${i}`,
  [LEAD.email]: `lead${i}@contoso.com`,
}));

describe('the contact-creation switch', () => {
  it('off (the shipped default): reads, writes nothing, and says why', async () => {
    const { emulator, admin } = await startSweepEmulator();
    try {
      // The definitions as the solution imports them, with no current value: the default, no, applies.
      await importEnvironmentVariables(admin);
      await createAll(admin, LEAD.set, LEAD.table, leads);
      const mark = emulator.log.mark;
      const summary = await runSweep(admin, settingsOf(admin));
      expect(summary.switchOn).toBe(false);
      expect(summary.linkingSkipped).toContain(ENV_VARS.orphanLeadContactCreation);
      expect([summary.scanned, summary.linked, summary.created]).toEqual([0, 0, 0]);
      expect(emulator.log.entries(mark).filter((e) => e.method !== 'GET')).toEqual([]);
      expect(orphans(endState(emulator))).toHaveLength(leads.length);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });

  it('off but forced: links, and the summary says it was forced', async () => {
    const { emulator, admin } = await startSweepEmulator();
    try {
      await switchLinking(admin, false);
      await createAll(admin, LEAD.set, LEAD.table, leads);
      const summary = await runSweep(admin, settingsOf(admin), { forceOn: true });
      expect([summary.switchOn, summary.forced, summary.linked]).toEqual([false, true, leads.length]);
      expect(orphans(endState(emulator))).toEqual([]);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });

  it('an unreadable value stops the run with an error naming the variable, unless forced', async () => {
    const { emulator, admin } = await startSweepEmulator();
    try {
      await switchLinking(admin, 'maybe');
      await createAll(admin, LEAD.set, LEAD.table, leads);
      const stopped = await runSweep(admin, settingsOf(admin)).catch((error: unknown) => error);
      expect(stopped).toBeInstanceOf(SweepStoppedError);
      expect((stopped as Error).message).toContain(`${ENV_VARS.orphanLeadContactCreation} must be yes or no`);
      expect(orphans(endState(emulator))).toHaveLength(leads.length);
      const forced = await runSweep(admin, settingsOf(admin), { forceOn: true });
      expect([forced.switchOn, forced.forced, forced.linked]).toEqual([undefined, true, leads.length]);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });
});
