import { ENV_VARS } from '../../schema/environmentVariables';
import { emailMatchingStrategy } from '../identity';
import type { EnvironmentSettings } from '../settings/EnvironmentSettings';
import { BulkMessages } from './BulkMessages';
import { SweepInterruptedError } from './errors/SweepInterruptedError';
import { SweepStoppedError } from './errors/SweepStoppedError';
import { linkOrphanLeads } from './linkOrphanLeads';
import { WHOLE } from './partition';
import { repairOptOuts } from './repairOptOuts';
import { repairQualifiedLeads } from './repairQualifiedLeads';
import { RequestGate } from './RequestGate';
import type { SweepClient } from './SweepClient';
import { resolveSweepOptions, type ResolvedSweepOptions, type SweepOptions } from './SweepOptions';
import type { SweepRun } from './SweepRun';
import type { SweepSummary } from './SweepSummary';
import { SweepTally } from './SweepTally';

/**
 * The sweep (ARCHITECTURE.md capability 2) makes Dataverse consistent, whatever webhooks were lost. It links every
 * open orphan lead of the partition to a contact — the webhook's matching, fields and deterministic ids, in bulk —
 * while leadlink_OrphanLeadContactCreation is on (or forced), clears marketingonly on the contacts of qualified
 * leads, and gives contacts the opt-outs of their leads they still allow (the strictest wins). Dataverse is the source of truth: the sweep keeps no state of its own, so a stopped run leaves only whole
 * writes behind and a rerun finishes the work without a duplicate.
 *
 * Returns the summary, also when stopped through `signal` (`interrupted`); throws SweepStoppedError (with the
 * summary so far) when a request fails beyond the client's retries, and RangeError for bad options.
 */
export async function runSweep(
  client: SweepClient,
  settings: EnvironmentSettings,
  options: SweepOptions = {},
): Promise<SweepSummary> {
  const resolved = resolveSweepOptions(options, WHOLE);
  const clock = options.clock ?? Date.now;
  const started = clock();
  const tally = new SweepTally(resolved);
  const deferred = options.deferred
    ? new Set([...options.deferred.waiting()].map((id) => id.toLowerCase()))
    : undefined;
  if (deferred && deferred.size > 0) tally.deferredWaiting = deferred.size;
  const run: SweepRun = {
    client,
    options: resolved,
    strategy: options.strategy ?? emailMatchingStrategy,
    tally,
    write: { gate: new RequestGate(options.signal), concurrency: resolved.concurrency, bulk: new BulkMessages() },
    log: options.log,
    onProgress: options.onProgress,
    deferred,
  };
  const seconds = () => (clock() - started) / 1000;
  try {
    const linking = await linkingWanted(run, settings);
    if (linking) await linkOrphanLeads(run);
    await repairQualifiedLeads(run);
    await repairOptOuts(run);
    // Every orphan lead was gone through: the deferred ones are linked, or linked or closed by someone else, or
    // listed among the failures. A dry run wrote nothing, and a run that did not link leaves them for the next.
    if (linking && deferred && !resolved.dryRun && coversAll(resolved)) options.deferred?.settle(deferred);
  } catch (error) {
    if (!(error instanceof SweepInterruptedError)) throw new SweepStoppedError(tally.summary(seconds()), error);
    tally.interrupted = true;
  }
  return tally.summary(seconds());
}

/**
 * Whether to link orphan leads: the switch says so, or --force-on overrides it. An unreadable switch stops the run,
 * unless forced (then the run goes ahead and says it could not read it).
 */
async function linkingWanted(run: SweepRun, settings: EnvironmentSettings): Promise<boolean> {
  const { tally, options, log } = run;
  run.write.gate.pass();
  try {
    tally.switchOn = await settings.flag(ENV_VARS.orphanLeadContactCreation);
  } catch (error) {
    if (!options.forceOn) throw error;
    log?.warn('sweep.switch-unreadable', {
      variable: ENV_VARS.orphanLeadContactCreation,
      error: (error as Error).message,
    });
    return true;
  }
  if (tally.switchOn) return true;
  if (options.forceOn) {
    log?.warn('sweep.forced', {
      variable: ENV_VARS.orphanLeadContactCreation,
      outcome: 'linking although switched off',
    });
    return true;
  }
  tally.linkingSkipped = `The environment variable ${ENV_VARS.orphanLeadContactCreation} is off: orphan leads are not linked (switch it on, or force this run).`;
  log?.info('sweep.switched-off', { variable: ENV_VARS.orphanLeadContactCreation });
  return false;
}

/** Whether the run goes through every orphan lead: the whole table, no limit. */
function coversAll(options: ResolvedSweepOptions): boolean {
  return options.partition.count === 1 && options.limit === Number.POSITIVE_INFINITY;
}
