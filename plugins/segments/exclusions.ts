/**
 * The contacts a segment leaves out unless its definition lets them in: inactive contacts, contacts who opted out of
 * bulk email or of all email, and minors without parental consent. Contact preferences come from the contact table
 * reference (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact): donotbulkemail
 * "Do not allow Bulk Emails", donotemail "Do not allow Emails", msdyn_isminor, msdyn_isminorwithparentalconsent.
 *
 * Each exclusion is written twice: `keep` (the contacts that stay) and `removes` (the contacts it takes out), each the
 * exact complement of the other with nulls accounted for, so that a count of `removes` is the number of contacts the
 * exclusion removed.
 */
import { CONTACT, CONTACT_STATE_ACTIVE } from './segmentSchema';
import { allOf, anyOf, condition, isNotYes, isYes } from './segmentConditions';
import type { ExclusionId, SegmentGroup } from './types';

export interface Exclusion {
  readonly id: ExclusionId;
  /** How the preview reports it. */
  readonly description: string;
  /** The contact columns it reads; they must exist in the contact metadata while the exclusion is on. */
  readonly columns: readonly string[];
  readonly keep: SegmentGroup;
  readonly removes: SegmentGroup;
}

const active = String(CONTACT_STATE_ACTIVE);

/** In the order the preview reports them. */
export const EXCLUSIONS: readonly Exclusion[] = [
  {
    id: 'inactiveContacts',
    description: 'inactive contacts (statecode is not Active)',
    columns: [CONTACT.stateCode],
    keep: allOf(condition(CONTACT.stateCode, 'eq', active)),
    removes: anyOf(condition(CONTACT.stateCode, 'ne', active), condition(CONTACT.stateCode, 'null')),
  },
  {
    id: 'doNotBulkEmail',
    description: 'contacts who do not allow bulk email (donotbulkemail = true)',
    columns: [CONTACT.doNotBulkEmail],
    keep: isNotYes(CONTACT.doNotBulkEmail),
    removes: allOf(isYes(CONTACT.doNotBulkEmail)),
  },
  {
    id: 'doNotEmail',
    description: 'contacts who do not allow email (donotemail = true)',
    columns: [CONTACT.doNotEmail],
    keep: isNotYes(CONTACT.doNotEmail),
    removes: allOf(isYes(CONTACT.doNotEmail)),
  },
  {
    id: 'minorsWithoutConsent',
    description: 'minors without parental consent (msdyn_isminor = true, msdyn_isminorwithparentalconsent not true)',
    columns: [CONTACT.isMinor, CONTACT.isMinorWithParentalConsent],
    // Not (minor and no consent) = not a minor, or consent given.
    keep: anyOf(...isNotYes(CONTACT.isMinor).conditions, isYes(CONTACT.isMinorWithParentalConsent)),
    removes: allOf(isYes(CONTACT.isMinor), isNotYes(CONTACT.isMinorWithParentalConsent)),
  },
];
