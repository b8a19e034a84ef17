import {
  optOutsToApply,
  planLeadContact,
  type ContactMatchingStrategy,
  type LeadRow,
  type NewContact,
} from '../identity';
import type { MatchReads } from './readMatches';

/**
 * What the sweep does for one orphan lead — the webhook's decision (planLeadContact) for many leads at once:
 * - `match`: the strategy chose an existing active contact; link to it, with the lead's stricter opt-outs;
 * - `identity`: no match, but the lead's identity has an active contact (made by an earlier run or a webhook, or the
 *   master a merged one points to): link to it, with the lead's stricter opt-outs;
 * - `create`: the first lead of a new identity (leadid order): create its contact and link, in one change set;
 * - `follow`: a later lead of that identity: link to the contact the `create` makes, once it is made.
 */
export type LeadPlan =
  | {
      readonly kind: 'match' | 'identity' | 'follow';
      readonly lead: LeadRow;
      readonly contactId: string;
      readonly optOuts: Readonly<Record<string, true>>;
      /** For `identity`: the identity's own contact, or the master a merged one points to. */
      readonly via?: 'identity' | 'master';
    }
  | {
      readonly kind: 'create';
      readonly lead: LeadRow;
      readonly contactId: string;
      readonly contact: NewContact;
      readonly generation: number;
    };

export interface LinkPlan {
  /** The leads decided, in leadid order. */
  readonly leads: readonly LeadPlan[];
  /** Identity contacts to read before the other leads can be decided (deactivated contacts, their masters…). */
  readonly reads: readonly string[];
}

export function planLinks(leads: readonly LeadRow[], strategy: ContactMatchingStrategy, reads: MatchReads): LinkPlan {
  const plans: LeadPlan[] = [];
  const toRead = new Set<string>();
  /** Contacts a lead of this page creates: later leads of the identity follow it. */
  const creators = new Map<string, NewContact>();
  const ordered = [...leads].sort((a, b) => (a.leadid.toLowerCase() < b.leadid.toLowerCase() ? -1 : 1));
  for (const lead of ordered) {
    const key = strategy.keyOf(lead);
    const plan = planLeadContact(lead, strategy, key === undefined ? [] : reads.candidatesFor(key), reads.identities);
    switch (plan.kind) {
      case 'read':
        for (const id of plan.contactIds) toRead.add(id);
        break;
      case 'match':
      case 'identity':
        plans.push({
          kind: plan.kind,
          lead,
          contactId: plan.contactId,
          optOuts: plan.optOuts,
          ...(plan.via !== undefined ? { via: plan.via } : {}),
        });
        break;
      case 'create': {
        const id = plan.contact.contactId;
        const creator = creators.get(id);
        if (creator === undefined) {
          creators.set(id, plan.contact);
          plans.push({ kind: 'create', lead, contactId: id, contact: plan.contact, generation: plan.generation });
        } else {
          plans.push({ kind: 'follow', lead, contactId: id, optOuts: optOutsToApply(lead, creator.record) });
        }
        break;
      }
    }
  }
  return { leads: plans, reads: [...toRead] };
}
