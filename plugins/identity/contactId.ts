import { v5 as uuidv5 } from 'uuid';
import { normalizeEmail } from './normalizeEmail';

/**
 * LeadLink's UUID v5 namespace for contact ids. It must never change: a retried or concurrent attempt finds its
 * twin only because both compute the same id (ARCHITECTURE.md, "Identity and duplicates").
 */
export const LEADLINK_CONTACT_NAMESPACE = '6f1c3b2a-8d4e-5a7b-9c0d-4e1f2a3b5c6d';

/**
 * How many contacts one identity can have over time. A new one is made only when the last was deactivated or merged
 * away with no active master to follow, so a handful is already a lot; the bound keeps a broken chain finite.
 */
export const MAX_CONTACT_GENERATIONS = 32;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The UUID v5 name a contact id is derived from: the normalized e-mail address, or `lead:<leadid>` for a lead without
 * one (an address always holds `@`, so the two kinds of name never collide). Generation g > 0 — the contact made
 * after generation g-1 was deactivated with no active master — appends ` <g>`: a space can be in neither kind of name
 * (normalizeEmail refuses whitespace; a lead id is a GUID), so no generation of one identity is any generation of
 * another, and every attempt for one identity walks the same sequence of ids.
 */
export function contactIdentityName(normalizedEmail: string | undefined, leadId: string, generation = 0): string {
  if (!Number.isInteger(generation) || generation < 0 || generation >= MAX_CONTACT_GENERATIONS) {
    throw new RangeError(
      `A contact generation is a whole number from 0 to ${MAX_CONTACT_GENERATIONS - 1}, got ${generation}`,
    );
  }
  const suffix = generation === 0 ? '' : ` ${generation}`;
  if (normalizedEmail !== undefined) {
    if (normalizeEmail(normalizedEmail) !== normalizedEmail) {
      throw new TypeError('contactIdentityName needs an address from normalizeEmail, got one that is not normalized');
    }
    return `${normalizedEmail}${suffix}`;
  }
  if (!GUID.test(leadId)) throw new TypeError(`contactIdentityName needs the lead id as a GUID, got "${leadId}"`);
  return `lead:${leadId.toLowerCase()}${suffix}`;
}

/** The id LeadLink gives a contact it creates for a lead: the same lead data always yields the same id. */
export function deterministicContactId(normalizedEmail: string | undefined, leadId: string, generation = 0): string {
  return uuidv5(contactIdentityName(normalizedEmail, leadId, generation), LEADLINK_CONTACT_NAMESPACE);
}
