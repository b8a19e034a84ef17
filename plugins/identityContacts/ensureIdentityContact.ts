import { DuplicateRecordError, type CallOptions, type DataverseClient } from '../../dataverse';
import { CONTACT } from '../../schema/names';
import { contactFromLead, decideIdentityContact, type IdentityContact, type LeadRow } from '../identity';
import { readIdentityContacts } from './readIdentityContacts';

export interface EnsuredContact {
  readonly contactId: string;
  /** True when this call made the contact. */
  readonly created: boolean;
  /** The contact as read, when it existed (for its opt-outs); undefined when this call made it. */
  readonly existing?: IdentityContact;
}

/**
 * The active contact of a lead's identity, made when there is none: the deterministic contact when active, else the
 * active master it was merged into, else a new marketing-only contact (contactFromLead) under the identity's next
 * generation, created with the create-only upsert (`If-None-Match: *`) so concurrent callers converge on one — a
 * caller that loses the race reads the winner's contact and returns it. Never an inactive contact.
 *
 * For callers that create a contact on its own (landing pages, intake); the orphan-lead plug-in and the sweep decide
 * the same way (planLeadContact) but create the contact and link the lead in one change set.
 */
export async function ensureIdentityContact(
  client: Pick<DataverseClient, 'queryPages' | 'upsert'>,
  lead: LeadRow,
  call?: CallOptions,
): Promise<EnsuredContact> {
  const known = new Map<string, IdentityContact | null>();
  for (;;) {
    const decision = decideIdentityContact((generation) => contactFromLead(lead, generation).contactId, known);
    if (decision.kind === 'link') return { contactId: decision.contactId, created: false, existing: decision.contact };
    if (decision.kind === 'read') {
      for (const [id, row] of await readIdentityContacts(client, decision.contactIds, call)) known.set(id, row);
      continue;
    }
    const contact = contactFromLead(lead, decision.generation);
    try {
      await client.upsert(CONTACT.set, contact.contactId, contact.record, { mode: 'createOnly' }, call);
      return { contactId: contact.contactId, created: true };
    } catch (error) {
      if (!(error instanceof DuplicateRecordError)) throw error;
      // Made meanwhile by another caller: read it and decide again.
      known.delete(contact.contactId);
    }
  }
}
