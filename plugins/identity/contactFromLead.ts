import type { ODataRecord } from '../../dataverse';
import { ACCOUNT, ADDRESS_COLUMNS, CONTACT, DO_NOT_PREFERENCE_COLUMNS, LEAD, PERSON_COLUMNS } from '../../schema/names';
import { deterministicContactId } from './contactId';
import type { LeadRow } from './LeadRow';
import { normalizeEmail } from './normalizeEmail';

/** contact.lastname holds at most 50 characters (Contact table reference). */
const LAST_NAME_MAX = 50;

/** A contact LeadLink creates for a lead: its deterministic id and the columns to write. */
export interface NewContact {
  readonly contactId: string;
  /** The Web API body, without the id (it goes in the URL of the create-only upsert, or beside it in bulk creates). */
  readonly record: ODataRecord;
}

/**
 * The contact made for an orphan lead ("Market to leads with Customer Insights – Journeys": the contact-creation
 * workflow copies the lead and sets marketingonly): names, job title, phones, address, the normalized e-mail, the
 * lead's parent account as parent customer, and preferences never looser than the lead's. Only columns with a value
 * are written. A lead with no name at all gives the contact its e-mail as last name, so it is not nameless in views.
 * `generation` picks the identity's id (contactId.ts): 0 unless earlier contacts of the identity were deactivated.
 */
export function contactFromLead(lead: LeadRow, generation = 0): NewContact {
  const email = normalizeEmail(lead.emailaddress1);
  const record: Record<string, unknown> = {};
  for (const column of [...PERSON_COLUMNS, ...ADDRESS_COLUMNS]) {
    const value = lead[column];
    if (typeof value === 'string' && value.trim() !== '') record[column] = value;
  }
  if (email !== undefined) {
    record[CONTACT.email] = email;
    if (record[CONTACT.firstName] === undefined && record[CONTACT.lastName] === undefined) {
      record[CONTACT.lastName] = email.slice(0, LAST_NAME_MAX);
    }
  }
  const account = lead._parentaccountid_value;
  if (typeof account === 'string' && account !== '') {
    record[`${CONTACT.parentCustomerAccountNav}@odata.bind`] = `/${ACCOUNT.set}(${account})`;
  }
  Object.assign(record, preferencesFrom(lead));
  record[CONTACT.marketingOnly] = true;
  return { contactId: deterministicContactId(email, lead.leadid, generation), record };
}

/**
 * The lead's preferences, as strict as on the lead: a `donot…` flag is true when the lead's is, followemail false
 * when the lead's is. An unset lead flag means the platform default (donot… false, followemail true), which is also
 * the contact's default, so the contact is never looser.
 */
export function preferencesFrom(lead: LeadRow): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const column of DO_NOT_PREFERENCE_COLUMNS) out[column] = lead[column] === true;
  out[CONTACT.followEmail] = lead[LEAD.followEmail] !== false;
  return out;
}
