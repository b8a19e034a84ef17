import { chunkForIn } from '../../dataverse';
import { LEAD } from '../../schema/names';
import { contactFromLead, normalizeEmail, type LeadRow } from '../identity';
import { SWEEP_IN_LIMITS } from './inLimits';
import { createContacts } from './createContacts';
import { linkLeads, type LeadLink } from './linkLeads';
import { orphanLeadQuery, orphanLeadsByIdQuery } from './orphanLeadQuery';
import { planLinks } from './planLinks';
import { readMatches, type MatchReads } from './readMatches';
import { readPages } from './readPages';
import { sweepFailure } from './SweepFailure';
import type { SweepRun } from './SweepRun';

/** A page's first attempt and two more for leads that changed under it; then the next sweep takes them. */
const LINK_ROUNDS = 3;

/**
 * Capability 1 in bulk: every open orphan lead of the partition gets its parent contact by the webhook's rules. Per
 * page of up to 5,000 leads: one `$batch` of reads (candidates, existing ids), CreateMultiple per 1,000 new
 * contacts, one `$batch` of guarded links per 1,000 leads.
 */
export async function linkOrphanLeads(run: SweepRun): Promise<void> {
  const { options, tally } = run;
  /** Dry run: the contacts it would have made, so later pages count them as made. */
  const planned = new Set<string>();
  const query = { ...orphanLeadQuery(options.partition), maxPageSize: options.pageSize };
  for await (const leads of readPages<LeadRow>(run.client, LEAD.set, query, options.limit, run.write.gate)) {
    tally.scanned += leads.length;
    await settle(run, leads, planned);
    run.onProgress?.(tally.progress('link'));
  }
}

/** Links the leads; those that changed under the write are read again and, if still orphan, tried again. */
async function settle(run: SweepRun, leads: readonly LeadRow[], planned: Set<string>): Promise<void> {
  let todo = leads;
  for (let round = 1; todo.length > 0; round++) {
    const changed = await linkOnce(run, todo, planned);
    if (changed.length === 0) return;
    if (round >= LINK_ROUNDS) {
      run.tally.retryLater += changed.length;
      run.log?.warn('sweep.retry-later', { leads: changed.length, reason: 'changed under every attempt' });
      return;
    }
    const fresh = await rereadOrphans(run, changed);
    run.tally.leftAlone += changed.length - fresh.length;
    todo = fresh;
  }
}

/** One attempt for these leads; returns the ids of those that changed since they were read. */
async function linkOnce(run: SweepRun, leads: readonly LeadRow[], planned: Set<string>): Promise<string[]> {
  const { strategy, tally } = run;
  const keys = unique(leads.map((lead) => strategy.keyOf(lead)));
  // A lead without an address has a contact id made from its own id, which no match query can find: ask for it.
  // Our contact for an address carries that address, so the match finds it — or, deactivated or edited since, the
  // create meets it with 412 and links to it.
  const byIdOnly = unique(
    leads.filter((l) => normalizeEmail(l.emailaddress1) === undefined).map((l) => contactFromLead(l).contactId),
  );
  const reads = await readMatches(run.client, strategy, keys, byIdOnly, {
    gate: run.write.gate,
    getsOnly: run.options.dryRun,
    concurrency: run.options.concurrency,
  });
  if (run.options.dryRun) {
    const plan = planLinks(leads, strategy, withPlanned(reads, planned));
    for (const lead of plan.leads) if (lead.kind !== 'create') tally.matched++;
    tally.linked += plan.leads.length;
    tally.created += plan.newContacts.length;
    for (const contact of plan.newContacts) planned.add(contact.contactId);
    return [];
  }
  const plan = planLinks(leads, strategy, reads);
  /** Contacts a lead can be linked to, and whether they existed before this attempt. */
  const ready = new Map<string, 'existed' | 'created'>();
  for (const lead of plan.leads) if (lead.kind !== 'create') ready.set(lead.contactId, 'existed');
  const leadsOf = (contactId: string) => plan.leads.filter((l) => l.contactId === contactId).map((l) => l.lead.leadid);
  await createContacts(run.client, plan.newContacts, run.write, (outcomes) => {
    for (const [contact, outcome] of outcomes) {
      if (outcome.kind === 'failed') {
        tally.failed.push(sweepFailure('create-contact', leadsOf(contact.contactId), outcome.error, contact.contactId));
        continue;
      }
      ready.set(contact.contactId, outcome.kind);
      if (outcome.kind === 'created') tally.created++;
    }
  });
  const links: LeadLink[] = plan.leads
    .filter((l) => ready.has(l.contactId))
    .map(({ lead, contactId }) => ({ lead, contactId }));
  const changed: string[] = [];
  await linkLeads(run.client, links, run.write, (outcomes) => {
    for (const [link, outcome] of outcomes) {
      if (outcome.kind === 'linked') {
        tally.linked++;
        if (ready.get(link.contactId) === 'existed') tally.matched++;
      } else if (outcome.kind === 'changed') {
        changed.push(link.lead.leadid);
      } else {
        tally.failed.push(sweepFailure('link-lead', [link.lead.leadid], outcome.error, link.contactId));
      }
    }
  });
  return changed;
}

/** The leads again, fresh (with new ETags), keeping only those still open and without a parent contact. */
async function rereadOrphans(run: SweepRun, leadIds: readonly string[]): Promise<LeadRow[]> {
  const fresh: LeadRow[] = [];
  for (const ids of chunkForIn(leadIds, SWEEP_IN_LIMITS)) {
    const query = orphanLeadsByIdQuery(run.options.partition, ids);
    for await (const rows of readPages<LeadRow>(
      run.client,
      LEAD.set,
      query,
      Number.POSITIVE_INFINITY,
      run.write.gate,
    )) {
      fresh.push(...rows);
    }
  }
  return fresh;
}

function withPlanned(reads: MatchReads, planned: ReadonlySet<string>): MatchReads {
  return { candidatesFor: reads.candidatesFor, existingIds: new Set([...reads.existingIds, ...planned]) };
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}
