import { LEAD, LEAD_STATE } from '../../schema/names';

/** A lead as read for a qualification: its state, and its parent contact with the contact's flag expanded. */
export interface LeadWithContact {
  readonly statecode?: number | null;
  readonly [LEAD.parentContact]?: { readonly contactid?: string; readonly marketingonly?: boolean | null } | null;
}

/**
 * What a freshly read lead asks for: its contact's flag cleared — only when the lead is qualified now and its contact
 * still marketing-only — or nothing, and why. Shared by the single event (clearMarketingOnly) and groups
 * (plugins/groupCommit).
 */
export function qualificationVerdict(
  lead: LeadWithContact | undefined,
):
  { readonly kind: 'nothing-to-do'; readonly reason: string } | { readonly kind: 'clear'; readonly contactId: string } {
  if (lead === undefined) return { kind: 'nothing-to-do', reason: 'The lead no longer exists.' };
  if (lead.statecode !== LEAD_STATE.qualified) return { kind: 'nothing-to-do', reason: 'The lead is not qualified.' };
  const contact = lead[LEAD.parentContact];
  if (!contact || typeof contact.contactid !== 'string') {
    return { kind: 'nothing-to-do', reason: 'The lead has no parent contact.' };
  }
  if (contact.marketingonly !== true) {
    return { kind: 'nothing-to-do', reason: 'The parent contact is already a sales contact; nothing written.' };
  }
  return { kind: 'clear', contactId: contact.contactid };
}
