/**
 * The Dataverse tables and columns a segment query is built from. Names appear here once; the lead engineer may move
 * them into schema/ when other parts need them.
 * Sources: the contact, lead and account table references
 * (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact,
 * https://learn.microsoft.com/dynamics365/customer-engagement/developer/entities/lead).
 */

/** The three tables a segment may put conditions on. */
export const SEGMENT_TABLES = ['lead', 'contact', 'account'] as const;
export type SegmentTable = (typeof SEGMENT_TABLES)[number];

export const CONTACT = {
  table: 'contact',
  id: 'contactid',
  fullName: 'fullname',
  email: 'emailaddress1',
  /** 0 Active, 1 Inactive. */
  stateCode: 'statecode',
  doNotBulkEmail: 'donotbulkemail',
  doNotEmail: 'donotemail',
  /** "considered a minor in their jurisdiction" (Boolean). */
  isMinor: 'msdyn_isminor',
  isMinorWithParentalConsent: 'msdyn_isminorwithparentalconsent',
  /** Customer lookup (account or contact): the contact's parent account when it points at an account. */
  parentCustomer: 'parentcustomerid',
} as const;

/** contact.statecode 0 = Active. */
export const CONTACT_STATE_ACTIVE = 0;

export const LEAD = {
  table: 'lead',
  /** The lead's parent contact: the join from a contact to its leads. */
  parentContact: 'parentcontactid',
} as const;

export const ACCOUNT = {
  table: 'account',
  id: 'accountid',
} as const;
