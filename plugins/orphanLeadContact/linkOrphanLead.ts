import { ConcurrencyError, type CallOptions } from '../../dataverse';
import { LEAD_STATE } from '../../schema/names';
import { contactFromLead, type ContactMatchingStrategy, type LeadRow } from '../identity';
import type { ContactCreations } from './ContactCreations';
import type { OrphanLeadClient } from './OrphanLeadClient';
import { readCandidates, readLead, readLeadAndCandidates, type LeadAndCandidates } from './readLead';
import { writeLink } from './writeLink';

export interface LinkDependencies {
  readonly client: OrphanLeadClient;
  readonly strategy: ContactMatchingStrategy;
  readonly creations: ContactCreations;
  /** Options for the next call (the remaining time budget); throws when none is left. */
  readonly call: () => CallOptions;
}

export type LinkResult =
  | { readonly kind: 'nothing-to-do'; readonly reason: string }
  | { readonly kind: 'linked-existing'; readonly contactId: string }
  | { readonly kind: 'created'; readonly contactId: string }
  /** The contact with our deterministic id existed (a twin attempt made it): the lead was linked to it. */
  | { readonly kind: 'linked-twin'; readonly contactId: string };

/** A lead that changed under us is re-read and tried once more; a second conflict is left to the next event or the sweep. */
const ATTEMPTS = 2;

/**
 * Gives an open orphan lead its parent contact: the matching contact when one exists, else a new marketing-only
 * contact with the deterministic id — created and linked in one change set. Requests, normally: one `$batch` that
 * reads the lead and the candidates, one change set. The lead is always read fresh, so the decision and the ETag
 * that guards the write are current, whatever the payload said.
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
  for (let attempt = 1; ; attempt++) {
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
    const match = deps.strategy.choose(lead, candidates);
    const result = match
      ? await linkTo(lead, match.contactid, 'linked-existing', deps)
      : await createAndLink(lead, deps);
    if (result !== 'conflict') return result;
    if (attempt >= ATTEMPTS) {
      throw new ConcurrencyError({
        method: 'PATCH',
        url: `leads(${leadId})`,
        status: 412,
        summary: `The lead changed under every one of ${ATTEMPTS} attempts to link it; the next event or the sweep will link it`,
      });
    }
    hint = key ?? null;
  }
}

/** Why a freshly read lead is left alone, or undefined when it needs a contact. */
function whyLeave(lead: LeadRow): string | undefined {
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

async function linkTo(
  lead: LeadRow,
  contactId: string,
  kind: 'linked-existing' | 'linked-twin',
  deps: LinkDependencies,
): Promise<LinkResult | 'conflict'> {
  const outcome = await writeLink(deps.client, lead, contactId, undefined, deps.call());
  if (outcome === 'linked') return { kind, contactId };
  // A contact we remembered creating may have been deleted since: forget it, so the retry creates it again.
  if (outcome === 'missing') deps.creations.forget(contactId);
  return 'conflict';
}

/**
 * Creates the contact and links the lead in one change set — unless this process is already creating (or has just
 * created) the same contact for another lead with the same address: then it waits for that and only links.
 */
async function createAndLink(lead: LeadRow, deps: LinkDependencies): Promise<LinkResult | 'conflict'> {
  const contact = contactFromLead(lead);
  // A failed attempt leaves the map before its waiters resume, so this loop ends: at an attempt that made the
  // contact, or with none left to wait for.
  for (
    let earlier = deps.creations.earlier(contact.contactId);
    earlier;
    earlier = deps.creations.earlier(contact.contactId)
  ) {
    if (!(await earlier)) continue;
    return linkTo(lead, contact.contactId, 'linked-twin', deps);
  }
  const attempt = writeLink(deps.client, lead, contact.contactId, contact, deps.call());
  deps.creations.track(
    contact.contactId,
    attempt.then((outcome) => outcome === 'linked' || outcome === 'duplicate'),
  );
  const outcome = await attempt;
  if (outcome === 'linked') return { kind: 'created', contactId: contact.contactId };
  if (outcome === 'duplicate') return linkTo(lead, contact.contactId, 'linked-twin', deps);
  return 'conflict';
}
