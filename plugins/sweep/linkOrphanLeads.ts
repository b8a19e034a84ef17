import { chunkForIn } from '../../dataverse';
import { ACTIVE_STATE, LEAD } from '../../schema/names';
import { contactFromLead, MAX_CONTACT_GENERATIONS, type LeadRow } from '../identity';
import { SWEEP_IN_LIMITS } from './inLimits';
import { orphanLeadQuery, orphanLeadsByIdQuery } from './orphanLeadQuery';
import { planLinks, type LeadPlan, type LinkPlan } from './planLinks';
import { readMatches } from './readMatches';
import { readPages } from './readPages';
import { sweepFailure } from './SweepFailure';
import type { SweepRun } from './SweepRun';
import { writeLinks, type LinkUnit, type UnitOutcome } from './writeLinks';

/** A page's first attempt and two more for leads that changed under it; then the next sweep takes them. */
const LINK_ROUNDS = 3;

/**
 * Capability 1 in bulk: every open orphan lead of the partition gets its parent contact by the webhook's rules. Per
 * page of up to 5,000 leads: one `$batch` of reads (candidates, identity contacts), then `$batch`es of one change set
 * per lead (its new contact or its opt-outs, with the guarded link), up to 1,000 operations each — first the links to
 * existing contacts and the leads that make a new one, then the leads that share a contact made by another.
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

/** Rounds of identity reads a page may need: an identity's generations and their masters, each read once. */
const MAX_READ_ROUNDS = 2 * MAX_CONTACT_GENERATIONS + 2;

/** One attempt for these leads; returns the ids of those that changed since they were read. */
async function linkOnce(run: SweepRun, leads: readonly LeadRow[], planned: Set<string>): Promise<string[]> {
  const { tally } = run;
  const plan = await decide(run, leads, planned);
  if (run.options.dryRun) {
    for (const lead of plan.leads) {
      if (lead.kind === 'match' || lead.kind === 'identity') tally.matched++;
      if (lead.kind === 'create') {
        tally.created++;
        planned.add(lead.contactId);
      }
      if (lead.kind !== 'create' && Object.keys(lead.optOuts).length > 0) tally.optOutsApplied++;
    }
    tally.linked += plan.leads.length;
    return [];
  }
  const changed: string[] = [];
  /** Contacts made this attempt: the leads that follow them link once they exist. */
  const made = new Set<string>();
  const record = (outcomes: readonly (readonly [LinkUnit, UnitOutcome])[], kinds: ReadonlyMap<LinkUnit, LeadPlan>) => {
    for (const [unit, outcome] of outcomes) {
      const lead = kinds.get(unit);
      if (outcome.kind === 'changed') changed.push(unit.lead.leadid);
      else if (outcome.kind === 'failed') {
        const step = 'create' in unit.contact ? 'create-contact' : 'link-lead';
        tally.failed.push(sweepFailure(step, [unit.lead.leadid], outcome.error, unit.contactId));
      } else {
        tally.linked++;
        if (lead?.kind === 'create') {
          tally.created++;
          made.add(unit.contactId);
        }
        if (lead?.kind === 'match' || lead?.kind === 'identity') tally.matched++;
        if (!('create' in unit.contact) && Object.keys(unit.contact.optOuts).length > 0) tally.optOutsApplied++;
      }
    }
  };
  // First the leads that need no other write: links to existing contacts, and the creators of new ones.
  const first = unitsOf(plan.leads.filter((l) => l.kind !== 'follow'));
  await writeLinks(run.client, [...first.keys()], run.write, (outcomes) => record(outcomes, first));
  // Then the leads that follow a contact made above; those whose contact was not made are read again.
  const followers = plan.leads.filter((l) => l.kind === 'follow');
  for (const lead of followers) if (!made.has(lead.contactId)) changed.push(lead.lead.leadid);
  const second = unitsOf(followers.filter((l) => made.has(l.contactId)));
  await writeLinks(run.client, [...second.keys()], run.write, (outcomes) => record(outcomes, second));
  return changed;
}

/**
 * The plan for a page: the candidates of its keys and its leads' identity contacts read in one `$batch`, then — only
 * for identities whose contact was deactivated or merged — their masters and next generations, round by round.
 */
async function decide(run: SweepRun, leads: readonly LeadRow[], planned: ReadonlySet<string>): Promise<LinkPlan> {
  const { strategy } = run;
  const context = { gate: run.write.gate, getsOnly: run.options.dryRun, concurrency: run.options.concurrency };
  const keys = unique(leads.map((lead) => strategy.keyOf(lead)));
  const firstIds = unique(leads.map((lead) => contactFromLead(lead).contactId));
  const read = await readMatches(run.client, strategy, keys, firstIds, context);
  const identities = new Map(read.identities);
  // A dry run made nothing: the contacts it would have made on earlier pages count as made.
  for (const id of planned) identities.set(id, { contactid: id, statecode: ACTIVE_STATE, _masterid_value: null });
  for (let round = 1; ; round++) {
    const plan = planLinks(leads, strategy, { candidatesFor: read.candidatesFor, identities });
    if (plan.reads.length === 0) return plan;
    if (round > MAX_READ_ROUNDS) throw new RangeError('The identity contacts of this page do not settle');
    const more = await readMatches(run.client, strategy, [], plan.reads, context);
    for (const [id, row] of more.identities) identities.set(id, row);
  }
}

/** Each lead's change set: a new contact with its creator, the lead's opt-outs with any other link. */
function unitsOf(plans: readonly LeadPlan[]): Map<LinkUnit, LeadPlan> {
  return new Map(
    plans.map((plan): [LinkUnit, LeadPlan] => [
      {
        lead: plan.lead,
        contactId: plan.contactId,
        contact: plan.kind === 'create' ? { create: plan.contact } : { optOuts: plan.optOuts },
      },
      plan,
    ]),
  );
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

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}
