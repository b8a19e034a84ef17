import { contactFromLead, type ContactMatchingStrategy, type LeadRow, type NewContact } from '../identity';
import type { MatchReads } from './readMatches';

/**
 * What the sweep does for one orphan lead — the webhook's rules (plugins/orphanLeadContact) for many leads at once:
 * - `match`: the strategy chose an existing contact; link to it, never change it;
 * - `existing`: no match, but the contact with the lead's deterministic id exists (made by an earlier run or a
 *   webhook that stopped before linking, or since deactivated or edited): link to it, as the webhook's create-only
 *   upsert does when it meets its twin;
 * - `create`: a new marketing-only contact with the deterministic id, then the link.
 */
export type LeadPlan =
  | { readonly kind: 'match' | 'existing'; readonly lead: LeadRow; readonly contactId: string }
  | { readonly kind: 'create'; readonly lead: LeadRow; readonly contactId: string };

export interface LinkPlan {
  readonly leads: readonly LeadPlan[];
  /**
   * The contacts to create, one per deterministic id: leads sharing an identity (the same normalized e-mail) share
   * one contact, made from the first of them in leadid order, so every run makes the same contact.
   */
  readonly newContacts: readonly NewContact[];
}

export function planLinks(leads: readonly LeadRow[], strategy: ContactMatchingStrategy, reads: MatchReads): LinkPlan {
  const plans: LeadPlan[] = [];
  const newContacts = new Map<string, NewContact>();
  const ordered = [...leads].sort((a, b) => (a.leadid.toLowerCase() < b.leadid.toLowerCase() ? -1 : 1));
  for (const lead of ordered) {
    const key = strategy.keyOf(lead);
    const match = key === undefined ? undefined : strategy.choose(lead, reads.candidatesFor(key));
    if (match) {
      plans.push({ kind: 'match', lead, contactId: match.contactid.toLowerCase() });
      continue;
    }
    const contact = contactFromLead(lead);
    if (reads.existingIds.has(contact.contactId)) {
      plans.push({ kind: 'existing', lead, contactId: contact.contactId });
      continue;
    }
    if (!newContacts.has(contact.contactId)) newContacts.set(contact.contactId, contact);
    plans.push({ kind: 'create', lead, contactId: contact.contactId });
  }
  return { leads: plans, newContacts: [...newContacts.values()] };
}
