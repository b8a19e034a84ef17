/**
 * The timer function: its schedule comes from LEADLINK_SWEEP_SCHEDULE (every 15 minutes by default), and a run
 * sweeps through the function app's own services and logs one structured summary line.
 */
import { InvocationContext, type Timer } from '@azure/functions';
import { DEFAULT_SWEEP_SCHEDULE, sweepSchedule, sweepTimer } from '../../../functions/handlers/sweepTimer';
import { createAppServices } from '../../../functions/runtime/createAppServices';
import { LEAD } from '../../../schema/names';
import { endState, orphans } from './helpers/endState';
import { createAll, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

const TIMER: Timer = {
  isPastDue: false,
  schedule: { adjustForDST: false },
  scheduleStatus: { last: '', next: '', lastUpdated: '' },
};

describe('sweep schedule', () => {
  it('is every 15 minutes unless the app setting says otherwise', () => {
    expect(DEFAULT_SWEEP_SCHEDULE).toBe('0 */15 * * * *');
    expect(sweepSchedule({})).toBe('0 */15 * * * *');
    expect(sweepSchedule({ LEADLINK_SWEEP_SCHEDULE: ' 0 0 * * * * ' })).toBe('0 0 * * * *');
  });

  it('names the app setting when its value is not a six-field NCRONTAB expression', () => {
    expect(() => sweepSchedule({ LEADLINK_SWEEP_SCHEDULE: '*/15 * * * *' })).toThrow(
      /LEADLINK_SWEEP_SCHEDULE must be an NCRONTAB expression with six fields/,
    );
  });
});

describe('sweep timer', () => {
  it('links the orphan leads and logs the summary as one structured line', async () => {
    const { emulator, admin } = await startSweepEmulator();
    const app = createAppServices({ DATAVERSE_URL: emulator.url, LEADLINK_WEBHOOK_KEY: 'timer-test-key-0123456789' });
    try {
      await switchLinking(admin, true);
      await createAll(admin, LEAD.set, LEAD.table, [
        { [LEAD.lastName]: 'Silva', [LEAD.email]: 'silva@contoso.com' },
        { [LEAD.lastName]: 'Tran' },
      ]);
      const lines: string[] = [];
      const context = new InvocationContext({
        invocationId: 'timer-1',
        functionName: 'sweepTimer',
        logHandler: (_level, ...args) => lines.push(args.map(String).join(' ')),
      });
      const summary = await sweepTimer(TIMER, context, () => Promise.resolve(app));
      expect([summary.linked, summary.created]).toEqual([2, 2]);
      expect(orphans(endState(emulator))).toEqual([]);
      const finished = lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l.event === 'sweep.finished');
      expect(finished).toMatchObject({ level: 'info', correlationId: 'timer-1', linked: 2, created: 2, failed: 0 });
      expect(lines.join('\n')).not.toContain('timer-test-key');
    } finally {
      app.dataverse.close();
      admin.close();
      await emulator.stop();
    }
  });
});
