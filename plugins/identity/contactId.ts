import { v5 as uuidv5 } from 'uuid';

/**
 * LeadLink's UUID v5 namespace for contact ids. It must never change: a retried or concurrent attempt finds its
 * twin only because both compute the same id (ARCHITECTURE.md, "Identity and duplicates").
 */
export const LEADLINK_CONTACT_NAMESPACE = '6f1c3b2a-8d4e-5a7b-9c0d-4e1f2a3b5c6d';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The UUID v5 name a contact id is derived from: the normalized e-mail address, or `lead:<leadid>` for a lead without
 * one (an address always holds `@`, so the two kinds of name never collide).
 */
export function contactIdentityName(normalizedEmail: string | undefined, leadId: string): string {
  if (normalizedEmail !== undefined) {
    if (normalizedEmail === '' || normalizedEmail !== normalizedEmail.trim().toLowerCase().normalize('NFC')) {
      throw new TypeError('contactIdentityName needs an address from normalizeEmail, got one that is not normalized');
    }
    return normalizedEmail;
  }
  if (!GUID.test(leadId)) throw new TypeError(`contactIdentityName needs the lead id as a GUID, got "${leadId}"`);
  return `lead:${leadId.toLowerCase()}`;
}

/** The id LeadLink gives a contact it creates for a lead: the same lead data always yields the same id. */
export function deterministicContactId(normalizedEmail: string | undefined, leadId: string): string {
  return uuidv5(contactIdentityName(normalizedEmail, leadId), LEADLINK_CONTACT_NAMESPACE);
}
