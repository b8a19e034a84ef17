import { ENV_VARS } from '../../schema/environmentVariables';
import type { SweepSummary } from './SweepSummary';

/** Failures listed one by one; the JSON summary carries them all. */
const LISTED_FAILURES = 20;

/** The summary as a person reads it: what was done — or, in a dry run, what would be. */
export function describeSweep(summary: SweepSummary): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const would = summary.dryRun;
  const lines: string[] = [];
  const scope = `partition ${summary.partition}`;
  if (would) lines.push(`Dry run (${scope}): nothing was written. A real run would:`);
  else lines.push(`${summary.interrupted ? 'Stopped' : 'Finished'} (${scope}) in ${summary.seconds} s.`);
  if (summary.linkingSkipped !== undefined) {
    lines.push(`  Orphan leads: not linked. ${summary.linkingSkipped} Use --force-on to link them anyway.`);
  } else {
    lines.push(
      `  Orphan leads read: ${n(summary.scanned)}`,
      `  ${would ? 'Link' : 'Linked'}: ${n(summary.linked)} lead(s), ${n(summary.matched)} of them to contacts that exist already`,
      `  ${would ? 'Create' : 'Created'}: ${n(summary.created)} marketing-only contact(s)`,
    );
    if (summary.leftAlone > 0)
      lines.push(`  Left alone: ${n(summary.leftAlone)} lead(s) linked or closed by someone else meanwhile`);
    if (summary.retryLater > 0)
      lines.push(`  Retry later: ${n(summary.retryLater)} lead(s) kept changing; the next sweep takes them`);
    if (summary.deferred !== undefined)
      lines.push(
        `  Deferred by throttled webhooks: ${n(summary.deferred.waiting)} lead(s); ${would ? 'link' : 'linked'} ${n(summary.deferred.linked)} of them (the others were linked or closed meanwhile, or are among the failures)`,
      );
  }
  lines.push(
    `  Qualified leads with a marketing-only contact: ${n(summary.qualifiedScanned)}; ${would ? 'clear' : 'cleared'} marketingonly on ${n(summary.flagsCleared)} contact(s)`,
    `  Opt-outs: ${would ? 'apply' : 'applied'} leads' opt-outs to ${n(summary.optOutsApplied)} contact(s) that still allowed them (never loosened)`,
  );
  if (summary.forced) {
    lines.push(
      `  WARNING: ${ENV_VARS.orphanLeadContactCreation} is not on in this environment; --force-on linked leads anyway.`,
    );
  }
  if (summary.failed.length > 0) {
    lines.push(`  Failed: ${n(summary.failed.length)} record(s); the rest went on:`);
    for (const failure of summary.failed.slice(0, LISTED_FAILURES)) {
      const code = [failure.status, failure.code].filter((v) => v !== undefined).join(' ');
      const leads =
        failure.leadIds.length > 3 ? `${failure.leadIds.slice(0, 3).join(', ')}, …` : failure.leadIds.join(', ');
      lines.push(`    - ${failure.step}${code ? ` (${code})` : ''} for lead(s) ${leads}: ${failure.reason}`);
    }
    if (summary.failed.length > LISTED_FAILURES)
      lines.push(`    … and ${summary.failed.length - LISTED_FAILURES} more (see --json).`);
  }
  if (summary.interrupted)
    lines.push('  Stopped on request between two requests: run the same command again to finish.');
  return lines.join('\n');
}
