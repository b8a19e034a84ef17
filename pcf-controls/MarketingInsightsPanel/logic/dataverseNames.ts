/**
 * Microsoft's columns the panel reads, named once. LeadLink's own columns and the interaction table come from
 * schema/leadlink.ts.
 * Lead: https://learn.microsoft.com/dynamics365/customerengagement/on-premises/developer/entities/lead
 * Contact (marketingonly, donot*, msdyn_disablewebtracking, msdyn_isminor, msdyn_isminorwithparentalconsent):
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact
 */
/** Every table here has statecode; 0 is the active/open state. */
export const STATE_CODE = 'statecode';
export const ACTIVE_STATE = 0;

export const LEAD = {
  table: 'lead',
  id: 'leadid',
  name: 'fullname',
  topic: 'subject',
  state: STATE_CODE,
  parentContact: 'parentcontactid',
  parentAccount: 'parentaccountid',
} as const;

/** lead.statecode: 0 Open, 1 Qualified, 2 Disqualified. */
export const LEAD_STATE = { open: 0, qualified: 1, disqualified: 2 } as const;

export const CONTACT = {
  table: 'contact',
  id: 'contactid',
  name: 'fullname',
  email: 'emailaddress1',
  state: STATE_CODE,
  /** A customer lookup (account or contact); FetchXML compares it with the account id. */
  parentCustomer: 'parentcustomerid',
  marketingOnly: 'marketingonly',
  doNotBulkEmail: 'donotbulkemail',
  doNotEmail: 'donotemail',
  disableWebTracking: 'msdyn_disablewebtracking',
  isMinor: 'msdyn_isminor',
  isMinorWithParentalConsent: 'msdyn_isminorwithparentalconsent',
} as const;

export const ACCOUNT = { table: 'account' } as const;

/** The Web API returns a lookup's id as `_<column>_value`. */
export function lookupValueKey(column: string): string {
  return `_${column}_value`;
}
