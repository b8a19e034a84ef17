/**
 * A new lead for a submission, linked to its contact (and the contact's account), with the visitor's details and
 * opt-outs, source Web. Created under the submission's deterministic id with `If-None-Match: *`: when it exists
 * already (a retry, or a concurrent twin), that lead is the answer.
 */
import { DuplicateRecordError, type DataverseClient } from '../../dataverse';
import { ACCOUNT, CONTACT, LEAD } from '../../schema/names';
import { optOutValues } from './optOutColumns';
import type { SubmissionContact } from './findOrCreateContact';
import type { Submission } from './Submission';

/** leadsourcecode 8 = Web (lead table reference). */
const LEAD_SOURCE_WEB = 8;

export async function createSubmissionLead(
  client: DataverseClient,
  submission: Submission,
  leadId: string,
  contact: SubmissionContact,
): Promise<boolean> {
  const record: Record<string, unknown> = {
    [LEAD.subject]: submission.topic,
    [LEAD.email]: submission.email,
    [LEAD.leadSource]: LEAD_SOURCE_WEB,
    [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${contact.contactId})`,
    ...optOutValues(submission.optOuts),
  };
  if (contact.accountId !== undefined)
    record[`${LEAD.parentAccount}@odata.bind`] = `/${ACCOUNT.set}(${contact.accountId})`;
  if (submission.firstName) record[LEAD.firstName] = submission.firstName;
  // Last Name is business-required on the lead form; the address stands in when the form asked for no name.
  record[LEAD.lastName] = submission.lastName ?? submission.email.slice(0, 50);
  if (submission.company) record[LEAD.companyName] = submission.company;
  if (submission.jobTitle) record[LEAD.jobTitle] = submission.jobTitle;
  if (submission.phone) record[LEAD.businessPhone] = submission.phone;
  try {
    await client.upsert(LEAD.set, leadId, record, { mode: 'createOnly' });
    return true;
  } catch (error) {
    if (error instanceof DuplicateRecordError) return false;
    throw error;
  }
}
