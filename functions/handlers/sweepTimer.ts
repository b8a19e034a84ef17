import type { InvocationContext, Timer } from '@azure/functions';
import type { PluginLogger, PluginServices } from '../../plugins/Plugin';
import { runSweep, SweepStoppedError, type DeferredLeads, type SweepSummary } from '../../plugins/sweep';
import type { AppServices } from '../runtime/AppServices';
import { structuredLogger } from '../runtime/structuredLogger';

/** NCRONTAB with seconds (`{second} {minute} {hour} {day} {month} {day-of-week}`): every 15 minutes by default. */
export const DEFAULT_SWEEP_SCHEDULE = '0 */15 * * * *';
/** host.json gives a run 10 minutes; the sweep stops taking new requests well before, and the next run resumes. */
export const SWEEP_BUDGET_MS = 8 * 60_000;
/** Failures logged one line each; the count is always logged. */
const LOGGED_FAILURES = 20;

/** The schedule from the app setting LEADLINK_SWEEP_SCHEDULE, checked so a typo names the setting. */
export function sweepSchedule(env: Readonly<Record<string, string | undefined>>): string {
  const schedule = env.LEADLINK_SWEEP_SCHEDULE?.trim() || DEFAULT_SWEEP_SCHEDULE;
  if (schedule.split(/\s+/).length !== 6) {
    throw new Error(
      `The app setting LEADLINK_SWEEP_SCHEDULE must be an NCRONTAB expression with six fields (seconds first), e.g. '${DEFAULT_SWEEP_SCHEDULE}'; got '${schedule.slice(0, 60)}'.`,
    );
  }
  return schedule;
}

/**
 * The timer's run of the sweep: the safety net that repairs whatever webhooks missed (ARCHITECTURE.md capability 2).
 * Thin: it runs the shared sweep within a time budget and logs the summary as structured lines. A run stopped by
 * an error is logged and rethrown, so the host records the failure; the next run resumes.
 */
export async function sweepTimer(
  _timer: Timer,
  context: InvocationContext,
  services: () => Promise<AppServices>,
  budgetMs: number = SWEEP_BUDGET_MS,
): Promise<SweepSummary> {
  const app = await services();
  const log = structuredLogger(context, { correlationId: context.invocationId });
  return sweepAndLog(app.pluginServices(log), app.deferred, budgetMs);
}

/**
 * One run of the sweep within a time budget, its summary logged: the timer's, and the one this instance starts
 * early when webhooks deferred work to it (functions/runtime/EarlySweep.ts). `deferred`: the leads webhooks left to
 * the sweep, which the summary counts.
 */
export async function sweepAndLog(
  services: Pick<PluginServices, 'dataverse' | 'settings' | 'log'>,
  deferred: DeferredLeads | undefined,
  budgetMs: number = SWEEP_BUDGET_MS,
): Promise<SweepSummary> {
  const { dataverse, settings, log } = services;
  try {
    const signal = AbortSignal.timeout(budgetMs);
    const summary = await runSweep(dataverse, settings, { signal, log, ...(deferred ? { deferred } : {}) });
    logSummary(log, summary);
    return summary;
  } catch (error) {
    if (error instanceof SweepStoppedError) {
      logSummary(log, error.summary);
      log.error('sweep.stopped', { error: error.message });
    }
    throw error;
  }
}

function logSummary(log: PluginLogger, summary: SweepSummary): void {
  const { failed, ...counts } = summary;
  log.info('sweep.finished', { ...counts, failed: failed.length });
  for (const failure of failed.slice(0, LOGGED_FAILURES)) {
    log.warn('sweep.record-failed', {
      step: failure.step,
      leadIds: failure.leadIds.slice(0, 10),
      contactId: failure.contactId,
      status: failure.status,
      code: failure.code,
      reason: failure.reason,
    });
  }
}
