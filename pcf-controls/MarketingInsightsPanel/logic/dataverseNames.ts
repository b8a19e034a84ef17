/**
 * Microsoft's columns the panel reads. The names themselves live once, in schema/names.ts (LeadLink's own columns
 * and the interaction table in schema/leadlink.ts).
 * Lead: https://learn.microsoft.com/dynamics365/customerengagement/on-premises/developer/entities/lead
 * Contact (marketingonly, donot*, msdyn_disablewebtracking, msdyn_isminor, msdyn_isminorwithparentalconsent):
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact
 */
import {
  ACCOUNT as ACCOUNT_NAMES,
  ACTIVE_STATE,
  CONTACT as CONTACT_NAMES,
  LEAD as LEAD_NAMES,
  LEAD_STATE,
} from '../../../schema/names';

export { ACTIVE_STATE, LEAD_STATE };

/** Every table here has statecode; 0 (ACTIVE_STATE) is the active/open state. */
export const STATE_CODE = LEAD_NAMES.state;

/** The panel's view of the names in schema/names.ts, under the words its queries use. */
export const LEAD = {
  table: LEAD_NAMES.table,
  id: LEAD_NAMES.id,
  name: LEAD_NAMES.fullName,
  topic: LEAD_NAMES.subject,
  state: LEAD_NAMES.state,
  parentContact: LEAD_NAMES.parentContact,
  parentAccount: LEAD_NAMES.parentAccount,
} as const;

export const CONTACT = {
  table: CONTACT_NAMES.table,
  id: CONTACT_NAMES.id,
  name: CONTACT_NAMES.fullName,
  email: CONTACT_NAMES.email,
  state: CONTACT_NAMES.state,
  /** A customer lookup (account or contact); FetchXML compares it with the account id. */
  parentCustomer: CONTACT_NAMES.parentCustomer,
  marketingOnly: CONTACT_NAMES.marketingOnly,
  doNotBulkEmail: CONTACT_NAMES.doNotBulkEmail,
  doNotEmail: CONTACT_NAMES.doNotEmail,
  disableWebTracking: CONTACT_NAMES.disableWebTracking,
  isMinor: CONTACT_NAMES.isMinor,
  isMinorWithParentalConsent: CONTACT_NAMES.isMinorWithParentalConsent,
} as const;

export const ACCOUNT = { table: ACCOUNT_NAMES.table } as const;

/** The Web API returns a lookup's id as `_<column>_value`. */
export function lookupValueKey(column: string): string {
  return `_${column}_value`;
}
