import { app, type InvocationContext, type Timer } from '@azure/functions';
import { describeFailure, scheduledRescore } from '../../plugins/rescoring';
import { appServices } from '../runtime/createAppServices';
import { structuredLogger } from '../runtime/structuredLogger';

/** NCRONTAB with seconds (`{second} {minute} {hour} {day} {month} {day-of-week}`): 02:30 every day by default. */
export const DEFAULT_RESCORE_SCHEDULE = '0 30 2 * * *';
/** host.json allows 10 minutes a run; stop taking new pages well before. */
const RESCORE_BUDGET_MS = 8 * 60_000;

/** The schedule from the app setting LEADLINK_RESCORE_SCHEDULE, checked so a typo names the setting. */
export function rescoreSchedule(env: Readonly<Record<string, string | undefined>>): string {
  const schedule = env.LEADLINK_RESCORE_SCHEDULE?.trim() || DEFAULT_RESCORE_SCHEDULE;
  if (schedule.split(/\s+/).length !== 6) {
    throw new Error(
      `The app setting LEADLINK_RESCORE_SCHEDULE must be an NCRONTAB expression with six fields (seconds first), e.g. '${DEFAULT_RESCORE_SCHEDULE}'; got '${schedule.slice(0, 60)}'.`,
    );
  }
  return schedule;
}

/** The daily rescore: decay and model changes reach every open lead (https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer). */
app.timer('rescoreTimer', {
  schedule: rescoreSchedule(process.env),
  handler: async (_timer: Timer, context: InvocationContext) => {
    const started = Date.now();
    const services = await appServices();
    const log = structuredLogger(context, { correlationId: context.invocationId });
    const result = await scheduledRescore(services.pluginServices(log), RESCORE_BUDGET_MS);
    log.info('rescore.finished', {
      completed: result.completed,
      scored: result.scored,
      changed: result.changed,
      becameSalesReady: result.becameSalesReady,
      tasksCreated: result.tasksCreated,
      failures: result.failures.length,
      durationMs: Date.now() - started,
    });
    for (const failure of result.failures.slice(0, 20)) log.warn('rescore.failure', describeFailure(failure));
  },
});
