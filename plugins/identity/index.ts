// Identity: who a lead is as a contact. Pure functions shared by the webhook plug-in, the sweep and landing pages.
export { chooseContact, type RankedContact } from './chooseContact';
export { contactFromLead, preferencesFrom, type NewContact } from './contactFromLead';
export {
  contactIdentityName,
  deterministicContactId,
  LEADLINK_CONTACT_NAMESPACE,
  MAX_CONTACT_GENERATIONS,
} from './contactId';
export { decideIdentityContact, type IdentityDecision, type KnownContacts } from './decideIdentityContact';
export {
  ACTIVE_CONTACT_FILTER,
  IDENTITY_CONTACT_SELECT,
  isActiveContact,
  type IdentityContact,
} from './IdentityContact';
export type { ContactCandidate, ContactMatchingStrategy } from './ContactMatchingStrategy';
export { emailMatchingStrategy } from './emailMatchingStrategy';
export { LEAD_IDENTITY_SELECT, type LeadRow } from './LeadRow';
export { normalizeEmail } from './normalizeEmail';
export { optOutsToApply } from './optOutsToApply';
export { planLeadContact, type LeadContactPlan } from './planLeadContact';
