import { type CallOptions, DataverseError } from '../../dataverse';
import { CONTACT, LEAD, LEAD_STATE } from '../../schema/names';
import type { LeadQualifiedClient } from './LeadQualifiedClient';

export type ClearResult =
  | { readonly kind: 'nothing-to-do'; readonly reason: string }
  | { readonly kind: 'cleared'; readonly contactId: string };

interface LeadWithContact {
  readonly statecode?: number | null;
  readonly [LEAD.parentContact]?: { readonly contactid?: string; readonly marketingonly?: boolean | null } | null;
}

/**
 * The qualified lead's parent contact becomes a sales contact: marketingonly goes from true to false ("Once the lead
 * is qualified … another workflow could clear this flag", Market to leads with Customer Insights – Journeys). One
 * read — the lead with its contact's flag expanded — and, only when the flag is set, one write of that column alone.
 * The write needs no ETag: it sets the flag to the value it must end at and touches nothing else, and nothing but
 * contact creation ever sets it true. A contact that is already a sales contact is never written.
 *
 * @param requireQualified read the lead's state and act only when it is Qualified (the payload did not say).
 */
export async function clearMarketingOnly(
  client: LeadQualifiedClient,
  leadId: string,
  requireQualified: boolean,
  call: () => CallOptions,
): Promise<ClearResult> {
  let lead: LeadWithContact;
  try {
    lead = await client.retrieve<LeadWithContact & Record<string, unknown>>(
      LEAD.set,
      leadId,
      { select: [LEAD.state], expand: [{ property: LEAD.parentContact, select: [CONTACT.marketingOnly] }] },
      call(),
    );
  } catch (error) {
    if (error instanceof DataverseError && error.status === 404)
      return { kind: 'nothing-to-do', reason: 'The lead no longer exists.' };
    throw error;
  }
  if (requireQualified && lead.statecode !== LEAD_STATE.qualified) {
    return { kind: 'nothing-to-do', reason: 'The lead is not qualified.' };
  }
  const contact = lead[LEAD.parentContact];
  if (!contact || typeof contact.contactid !== 'string') {
    return { kind: 'nothing-to-do', reason: 'The lead has no parent contact.' };
  }
  if (contact.marketingonly !== true) {
    return { kind: 'nothing-to-do', reason: 'The parent contact is already a sales contact; nothing written.' };
  }
  try {
    await client.update(CONTACT.set, contact.contactid, { [CONTACT.marketingOnly]: false }, {}, call());
  } catch (error) {
    if (error instanceof DataverseError && error.status === 404)
      return { kind: 'nothing-to-do', reason: 'The parent contact no longer exists.' };
    throw error;
  }
  return { kind: 'cleared', contactId: contact.contactid };
}
