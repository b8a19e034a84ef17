import { setTimeout as sleep } from 'node:timers/promises';
import type { CallOptions } from '../../dataverse';
import { LEAD_STATE } from '../../schema/names';
import {
  contactFromLead,
  planLeadContact,
  type ContactCandidate,
  type ContactMatchingStrategy,
  type IdentityContact,
  type LeadRow,
  type NewContact,
} from '../identity';
import { readIdentityContacts } from '../identityContacts';
import type { ContactCreations } from './ContactCreations';
import type { OrphanLeadClient } from './OrphanLeadClient';
import { readCandidates, readLead, readLeadAndCandidates, type LeadAndCandidates } from './readLead';
import { writeLink } from './writeLink';

export interface LinkDependencies {
  readonly client: OrphanLeadClient;
  readonly strategy: ContactMatchingStrategy;
  readonly creations: ContactCreations;
  /** Options for the next call (the remaining time budget); throws BudgetExceededError when none is left. */
  readonly call: () => CallOptions;
  /** Waits before the next attempt after a conflict; a timer by default (tests drive it). */
  readonly pause?: (ms: number) => Promise<void>;
}

/** A lead linked: to which contact, how it was found, and the opt-outs applied to it (none when it is new). */
interface Linked {
  readonly contactId: string;
  /** Column names of the lead's opt-outs set on the contact (the one change LeadLink makes to an existing contact). */
  readonly optOutsApplied: readonly string[];
  /** Attempts it took: more than 1 when the lead changed under a write and was read again. */
  readonly attempts: number;
}

export type LinkResult =
  | { readonly kind: 'nothing-to-do'; readonly reason: string }
  | ({ readonly kind: 'linked-existing' } & Linked)
  /** The contact with our deterministic id existed (a twin attempt made it): the lead was linked to it. */
  | ({ readonly kind: 'linked-twin' } & Linked)
  /** Our contact for this identity was merged away: the lead was linked to the active contact it was merged into. */
  | ({ readonly kind: 'linked-master' } & Linked)
  | ({ readonly kind: 'created'; readonly generation: number } & Linked);

/** The wait before attempt n (from 2) after a conflict: 100 ms, doubling, at most 2 s. */
export function conflictBackoffMs(attempt: number): number {
  return Math.min(2_000, 100 * 2 ** Math.max(0, attempt - 2));
}

/**
 * Gives an open orphan lead its parent contact: the matching active contact when one exists, else its identity's
 * contact — the deterministic one, the master a merged one points to, or a new marketing-only contact under the next
 * deterministic id — created and linked in one change set; an existing contact gets the lead's stricter opt-outs in
 * that change set. Never an inactive contact. Requests, normally: one `$batch` that reads the lead and the
 * candidates, one change set. The lead is always read fresh, so the decision and the ETag that guards the write are
 * current, whatever the payload said.
 *
 * A lead that changed under the write (412: someone edited it) is read again and tried again, with a growing pause,
 * for as long as the time budget lasts; then `deps.call()` throws BudgetExceededError and the webhook answers 503.
 *
 * @param email what the payload showed: an address to match in the same request as the read; null when it showed
 *   none; undefined when it did not say (the lead is read first, then matched: one request more).
 */
export async function linkOrphanLead(
  leadId: string,
  email: string | null | undefined,
  deps: LinkDependencies,
): Promise<LinkResult> {
  let hint = email === undefined ? undefined : (deps.strategy.keyOf({ leadid: leadId, emailaddress1: email }) ?? null);
  const pause = deps.pause ?? ((ms: number) => sleep(ms));
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) await pause(conflictBackoffMs(attempt));
    const read = await readFor(leadId, hint, deps);
    const lead = read.lead;
    if (lead === undefined) return { kind: 'nothing-to-do', reason: 'The lead no longer exists.' };
    const skip = whyLeave(lead);
    if (skip !== undefined) return { kind: 'nothing-to-do', reason: skip };
    const key = deps.strategy.keyOf(lead);
    // The e-mail may have changed since the event: match by what the lead holds now.
    const candidates =
      key === read.key
        ? read.candidates
        : key === undefined
          ? []
          : await readCandidates(deps.client, deps.strategy, key, deps.call());
    const result = await settle(lead, candidates, attempt, deps);
    if (result !== 'conflict') return result;
    hint = key ?? null;
  }
}

/** Why a freshly read lead is left alone, or undefined when it needs a contact. */
export function whyLeave(lead: LeadRow): string | undefined {
  if (typeof lead._parentcontactid_value === 'string' && lead._parentcontactid_value !== '') {
    return 'The lead already has a parent contact; nothing written.';
  }
  if (lead.statecode !== LEAD_STATE.open) return 'The lead is qualified or disqualified; such leads are left alone.';
  return undefined;
}

async function readFor(
  leadId: string,
  hint: string | null | undefined,
  deps: LinkDependencies,
): Promise<LeadAndCandidates> {
  if (hint === undefined) {
    return { lead: await readLead(deps.client, leadId, deps.call()), candidates: [], key: undefined };
  }
  return readLeadAndCandidates(deps.client, leadId, deps.strategy, hint ?? undefined, deps.call());
}

/**
 * One attempt for a lead read fresh: decide (planLeadContact), read the identity contacts the decision needs, write.
 * Its first create is optimistic — generation 0 is assumed free, as it is for every new person — so the common case
 * costs no read; a twin met with 412 is read, and the decision taken again.
 */
async function settle(
  lead: LeadRow,
  candidates: readonly ContactCandidate[],
  attempt: number,
  deps: LinkDependencies,
): Promise<LinkResult | 'conflict'> {
  const known = new Map<string, IdentityContact | null>([[contactFromLead(lead).contactId, null]]);
  /** Contacts read in this attempt: what Dataverse says now, over anything this process remembers. */
  const read = new Set<string>();
  for (;;) {
    const plan = planLeadContact(lead, deps.strategy, candidates, known);
    if (plan.kind === 'read') {
      for (const [id, row] of await readIdentityContacts(deps.client, plan.contactIds, deps.call())) {
        known.set(id, row);
        read.add(id);
        if (row === null) deps.creations.forget(id);
      }
      continue;
    }
    if (plan.kind !== 'create') {
      const outcome = await writeLink(deps.client, lead, plan.contactId, { optOuts: plan.optOuts }, deps.call());
      if (outcome !== 'linked') {
        // A contact we remembered creating may have been deleted since: forget it, so the retry creates it again.
        deps.creations.forget(plan.contactId);
        return 'conflict';
      }
      const kind = plan.kind === 'match' ? 'linked-existing' : plan.via === 'master' ? 'linked-master' : 'linked-twin';
      return { kind, contactId: plan.contactId, optOutsApplied: Object.keys(plan.optOuts), attempts: attempt };
    }
    const id = plan.contact.contactId;
    const earlier = read.has(id) ? undefined : deps.creations.earlier(id);
    if (earlier !== undefined) {
      // This process is making the same contact for another lead of the identity: wait for it and use it. One it
      // made a while ago may have been deactivated or merged since: read it.
      const underWay = deps.creations.underWay(id);
      const made = await earlier;
      if (made !== undefined && underWay) known.set(id, made);
      else known.delete(id);
      continue;
    }
    const write = writeLink(deps.client, lead, id, { create: plan.contact }, deps.call());
    deps.creations.track(
      id,
      write.then((outcome) => (outcome === 'linked' ? asMade(plan.contact) : undefined)),
    );
    const outcome = await write;
    if (outcome === 'linked') {
      return { kind: 'created', contactId: id, generation: plan.generation, optOutsApplied: [], attempts: attempt };
    }
    if (outcome !== 'duplicate') return 'conflict';
    known.delete(id); // made meanwhile by another attempt: read it and decide again
  }
}

/** The contact as this process just made it: active, not merged, with the opt-outs of its record. */
function asMade(contact: NewContact): IdentityContact {
  return { ...contact.record, contactid: contact.contactId, statecode: 0, _masterid_value: null };
}
