import { contactFromLead, type NewContact } from './contactFromLead';
import type { ContactCandidate, ContactMatchingStrategy } from './ContactMatchingStrategy';
import { decideIdentityContact, type KnownContacts } from './decideIdentityContact';
import type { LeadRow } from './LeadRow';
import { optOutsToApply } from './optOutsToApply';

/**
 * The contact an open orphan lead gets — the one decision the webhook, the sweep and (later) group commit share:
 * - `match`: the strategy chose an active contact among the candidates;
 * - `identity`: no match, but the lead's deterministic contact exists and is active (a twin attempt made it), or was
 *   merged into an active master (`via: 'master'`);
 * - `create`: a new marketing-only contact under the identity's first free generation;
 * - `read`: these contacts must be read before deciding (IDENTITY_CONTACT_SELECT).
 * A link carries the lead's opt-outs the contact still allows (`optOuts`, possibly empty): the one change LeadLink
 * makes to an existing contact.
 */
export type LeadContactPlan =
  | {
      readonly kind: 'match' | 'identity';
      readonly contactId: string;
      readonly via?: 'identity' | 'master';
      readonly optOuts: Readonly<Record<string, true>>;
    }
  | { readonly kind: 'create'; readonly contact: NewContact; readonly generation: number }
  | { readonly kind: 'read'; readonly contactIds: readonly string[] };

/**
 * @param candidates the strategy's candidates for the lead's key (active contacts only); empty without a key.
 * @param known the identity contacts read so far (decideIdentityContact).
 */
export function planLeadContact(
  lead: LeadRow,
  strategy: ContactMatchingStrategy,
  candidates: readonly ContactCandidate[],
  known: KnownContacts,
): LeadContactPlan {
  const match = strategy.keyOf(lead) === undefined ? undefined : strategy.choose(lead, candidates);
  if (match) return { kind: 'match', contactId: match.contactid.toLowerCase(), optOuts: optOutsToApply(lead, match) };
  const decision = decideIdentityContact((generation) => contactFromLead(lead, generation).contactId, known);
  switch (decision.kind) {
    case 'read':
      return decision;
    case 'link':
      return {
        kind: 'identity',
        contactId: decision.contactId,
        via: decision.via,
        optOuts: optOutsToApply(lead, decision.contact),
      };
    case 'create':
      return { kind: 'create', contact: contactFromLead(lead, decision.generation), generation: decision.generation };
  }
}
