import { LEAD } from '../../schema/names';
import type { LeadRow } from '../identity';
import { linkLeads, type LeadOutcome } from './linkLeads';
import { orphanLeadQuery } from './orphanLeadQuery';
import { readPages } from './readPages';
import type { SweepRun } from './SweepRun';

/** A page's first attempt and two more for leads that changed under it; then the next sweep takes them. */
const LINK_ROUNDS = 3;

/**
 * Capability 1 in bulk: every open orphan lead of the partition gets its parent contact by the webhook's rules. Per
 * page of up to 5,000 leads: one `$batch` of reads (candidates, identity contacts), then `$batch`es of one change set
 * per lead (its new contact or its opt-outs, with the guarded link), up to 1,000 operations each (linkLeads.ts).
 */
export async function linkOrphanLeads(run: SweepRun): Promise<void> {
  const { options, tally } = run;
  /** Dry run: the contacts it would have made, so later pages count them as made. */
  const planned = new Set<string>();
  const query = { ...orphanLeadQuery(options.partition), maxPageSize: options.pageSize };
  const context = { ...run, dryRun: options.dryRun, partition: options.partition };
  for await (const leads of readPages<LeadRow>(run.client, LEAD.set, query, options.limit, run.write.gate)) {
    tally.scanned += leads.length;
    await linkLeads(context, leads, planned, { rounds: LINK_ROUNDS }, (outcomes) => count(run, outcomes));
    run.onProgress?.(tally.progress('link'));
  }
}

function count(run: SweepRun, outcomes: readonly LeadOutcome[]): void {
  const { tally } = run;
  for (const outcome of outcomes) {
    if (outcome.kind === 'left-alone') tally.leftAlone++;
    else if (outcome.kind === 'retry-later') tally.retryLater++;
    else if (outcome.kind === 'failed') tally.failed.push(outcome.failure);
    else {
      const { plan } = outcome;
      tally.linked++;
      if (plan.kind === 'create') tally.created++;
      if (plan.kind === 'match' || plan.kind === 'identity') tally.matched++;
      if (plan.kind !== 'create' && Object.keys(plan.optOuts).length > 0) tally.optOutsApplied++;
      if (run.deferred?.has(outcome.leadId.toLowerCase())) tally.deferredLinked++;
    }
  }
}
