import { chunkForIn } from '../../dataverse';
import { ACTIVE_STATE, LEAD } from '../../schema/names';
import { contactFromLead, MAX_CONTACT_GENERATIONS, type ContactMatchingStrategy, type LeadRow } from '../identity';
import type { PluginLogger } from '../Plugin';
import { SWEEP_IN_LIMITS } from './inLimits';
import { orphanLeadsByIdQuery } from './orphanLeadQuery';
import type { Partition } from './partition';
import { planLinks, type LeadPlan, type LinkPlan } from './planLinks';
import { mergeReads, readMatches, type PrefetchedReads } from './readMatches';
import { readPages } from './readPages';
import type { SweepClient } from './SweepClient';
import { sweepFailure, type SweepFailure } from './SweepFailure';
import { unitOperations, writeLinks, type LinkUnit, type UnitOutcome } from './writeLinks';
import { MAX_RECORDS_PER_REQUEST, type WriteContext } from './WriteContext';

/** What linking leads needs: the sweep's run, or a group of webhook events (plugins/groupCommit). */
export interface LinkContext {
  readonly client: SweepClient;
  readonly strategy: ContactMatchingStrategy;
  readonly write: WriteContext;
  readonly dryRun: boolean;
  /** The share of the leads a re-read may return. */
  readonly partition: Partition;
  readonly log: PluginLogger | undefined;
}

/** How one lead ended. */
export type LeadOutcome =
  /** Given its parent contact (in a dry run: would be), as `plan` says. */
  | { readonly kind: 'linked'; readonly leadId: string; readonly plan: LeadPlan }
  /** Got a parent contact, was closed or deleted by someone else while this was at it: not written. */
  | { readonly kind: 'left-alone'; readonly leadId: string }
  /** Changed under every attempt; the next sweep takes it. */
  | { readonly kind: 'retry-later'; readonly leadId: string }
  /** Dataverse refused its write: `error` is what it answered. */
  | { readonly kind: 'failed'; readonly leadId: string; readonly failure: SweepFailure; readonly error: unknown };

export interface LinkRounds {
  /** Attempts per lead: the first, then one per round for the leads that changed under the write. */
  readonly rounds: number;
  /** Waits before round n (from 2); none by default. */
  readonly pause?: (round: number) => Promise<void>;
  /** What the first round need not read again: reads made together with the leads (plugins/groupCommit). */
  readonly prefetched?: PrefetchedReads;
  /**
   * Every change set of a round in one `$batch` when they fit, followers after their creators — one request instead
   * of two for a webhook's group; the sweep's pages are larger and write in several `$batch`es at once.
   */
  readonly oneWrite?: boolean;
}

/** Rounds of identity reads a page may need: an identity's generations and their masters, each read once. */
const MAX_READ_ROUNDS = 2 * MAX_CONTACT_GENERATIONS + 2;

/**
 * Gives open orphan leads, read with their ETags, their parent contacts by the webhook's rules: the candidates of
 * their keys and their identity contacts read in one `$batch`, then one change set per lead (its new contact or its
 * opt-outs, with the link guarded by the lead's ETag). Leads that changed under the write are read again and, if
 * still orphan, tried again, for `rounds` attempts in all. `onOutcomes` hears every lead's end as it happens, so a
 * caller stopped midway (a budget run out) still knows what was done.
 *
 * @param planned dry run: the contacts earlier pages would have made, counted as made.
 */
export async function linkLeads(
  context: LinkContext,
  leads: readonly LeadRow[],
  planned: Set<string>,
  rounds: LinkRounds,
  onOutcomes: (outcomes: readonly LeadOutcome[]) => void,
): Promise<void> {
  let todo = leads;
  let prefetched = rounds.prefetched;
  for (let round = 1; todo.length > 0; round++) {
    if (round > 1) await rounds.pause?.(round);
    const changed = await linkOnce(context, todo, planned, { ...rounds, prefetched }, onOutcomes);
    prefetched = undefined; // what was read with the leads is stale once a write met a change
    if (changed.length === 0) return;
    if (round >= rounds.rounds) {
      context.log?.warn('sweep.retry-later', { leads: changed.length, reason: 'changed under every attempt' });
      onOutcomes(changed.map((leadId) => ({ kind: 'retry-later', leadId })));
      return;
    }
    const fresh = await rereadOrphans(context, changed);
    const still = new Set(fresh.map((lead) => lead.leadid));
    onOutcomes(changed.filter((id) => !still.has(id)).map((leadId) => ({ kind: 'left-alone', leadId })));
    todo = fresh;
  }
}

/** One attempt for these leads; returns the ids of those that changed since they were read. */
async function linkOnce(
  context: LinkContext,
  leads: readonly LeadRow[],
  planned: Set<string>,
  how: Pick<LinkRounds, 'prefetched' | 'oneWrite'>,
  onOutcomes: (outcomes: readonly LeadOutcome[]) => void,
): Promise<string[]> {
  const plan = await decide(context, leads, planned, how.prefetched);
  if (context.dryRun) {
    for (const lead of plan.leads) if (lead.kind === 'create') planned.add(lead.contactId);
    onOutcomes(plan.leads.map((lead) => ({ kind: 'linked', leadId: lead.lead.leadid, plan: lead })));
    return [];
  }
  const changed: string[] = [];
  /** Contacts made this attempt: the leads that follow them link once they exist. */
  const made = new Set<string>();
  const record = (outcomes: readonly (readonly [LinkUnit, UnitOutcome])[], plans: ReadonlyMap<LinkUnit, LeadPlan>) => {
    const ended: LeadOutcome[] = [];
    for (const [unit, outcome] of outcomes) {
      const leadId = unit.lead.leadid;
      const lead = plans.get(unit);
      if (outcome.kind === 'changed' || lead === undefined) changed.push(leadId);
      else if (outcome.kind === 'failed') {
        const step = 'create' in unit.contact ? 'create-contact' : 'link-lead';
        const failure = sweepFailure(step, [leadId], outcome.error, unit.contactId);
        ended.push({ kind: 'failed', leadId, failure, error: outcome.error });
      } else {
        if (lead.kind === 'create') made.add(unit.contactId);
        ended.push({ kind: 'linked', leadId, plan: lead });
      }
    }
    onOutcomes(ended);
  };
  const followers = plan.leads.filter((l) => l.kind === 'follow');
  const all = unitsOf(plan.leads.filter((l) => l.kind !== 'follow'));
  const fits = operationsOf([...all.keys()]) + operationsOf([...unitsOf(followers).keys()]) <= MAX_RECORDS_PER_REQUEST;
  if (how.oneWrite === true && fits) {
    // One `$batch`: Dataverse runs its parts in order ("Dataverse performs these operations sequentially in the order
    // you specify", https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api),
    // so each follower comes after the creator of its contact; should the creator fail, the follower's link meets 404
    // and is read again, as a follower whose contact was not made always is.
    for (const [unit, lead] of unitsOf(followers)) all.set(unit, lead);
    await writeLinks(context.client, [...all.keys()], context.write, (outcomes) => record(outcomes, all));
    return changed;
  }
  // Several `$batch`es run at once: first the leads that need no other write (links to existing contacts, and the
  // creators of new ones), then the leads that follow a contact made above; those whose contact was not made are
  // read again.
  await writeLinks(context.client, [...all.keys()], context.write, (outcomes) => record(outcomes, all));
  for (const lead of followers) if (!made.has(lead.contactId)) changed.push(lead.lead.leadid);
  const second = unitsOf(followers.filter((l) => made.has(l.contactId)));
  await writeLinks(context.client, [...second.keys()], context.write, (outcomes) => record(outcomes, second));
  return changed;
}

/**
 * The plan for the leads: the candidates of their keys and their identity contacts read in one `$batch` (less what
 * was prefetched), then — only for identities whose contact was deactivated or merged — their masters and next
 * generations, round by round.
 */
async function decide(
  context: LinkContext,
  leads: readonly LeadRow[],
  planned: ReadonlySet<string>,
  prefetched: PrefetchedReads | undefined,
): Promise<LinkPlan> {
  const { strategy } = context;
  const readContext = { gate: context.write.gate, getsOnly: context.dryRun, concurrency: context.write.concurrency };
  const keys = unique(leads.map((lead) => strategy.keyOf(lead))).filter((key) => !prefetched?.keys.has(key));
  const firstIds = unique(leads.map((lead) => contactFromLead(lead).contactId)).filter(
    (id) => !prefetched?.identities.has(id),
  );
  const fresh = await readMatches(context.client, strategy, keys, firstIds, readContext);
  const read = prefetched ? mergeReads(prefetched, fresh) : fresh;
  const identities = new Map(read.identities);
  // A dry run made nothing: the contacts it would have made on earlier pages count as made.
  for (const id of planned) identities.set(id, { contactid: id, statecode: ACTIVE_STATE, _masterid_value: null });
  for (let round = 1; ; round++) {
    const plan = planLinks(leads, strategy, { candidatesFor: read.candidatesFor, identities });
    if (plan.reads.length === 0) return plan;
    if (round > MAX_READ_ROUNDS) throw new RangeError('The identity contacts of these leads do not settle');
    const more = await readMatches(context.client, strategy, [], plan.reads, readContext);
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

function operationsOf(units: readonly LinkUnit[]): number {
  return units.reduce((sum, unit) => sum + unitOperations(unit), 0);
}

/** The leads again, fresh (with new ETags), keeping only those still open and without a parent contact. */
async function rereadOrphans(context: LinkContext, leadIds: readonly string[]): Promise<LeadRow[]> {
  const fresh: LeadRow[] = [];
  for (const ids of chunkForIn(leadIds, SWEEP_IN_LIMITS)) {
    const query = orphanLeadsByIdQuery(context.partition, ids);
    for await (const rows of readPages<LeadRow>(
      context.client,
      LEAD.set,
      query,
      Number.POSITIVE_INFINITY,
      context.write.gate,
    )) {
      fresh.push(...rows);
    }
  }
  return fresh;
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}
