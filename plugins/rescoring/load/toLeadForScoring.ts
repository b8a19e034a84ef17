/** Splits a lead row read with leadQuery into the lead, its contact and its account. */
import type { ODataRecord } from '../../../dataverse';
import { ACCOUNT, CONTACT, LEAD, LOOKUP_LOGICAL_NAME_ANNOTATION } from '../../../schema/names';
import type { WebApiRecord } from '../../scoring';
import type { LeadForScoring } from './LeadForScoring';

export function toLeadForScoring(row: ODataRecord): LeadForScoring {
  const { [LEAD.parentContact]: expandedContact, [LEAD.parentAccount]: expandedAccount, ...lead } = row;
  const contact = isRecord(expandedContact) ? expandedContact : null;
  const leadAccount = isRecord(expandedAccount) ? expandedAccount : null;
  const accountId =
    guid(lead[LEAD.parentAccountValue]) ??
    (contact !== null && contact[`${CONTACT.parentCustomerValue}@${LOOKUP_LOGICAL_NAME_ANNOTATION}`] === ACCOUNT.table
      ? guid(contact[CONTACT.parentCustomerValue])
      : undefined);
  const account = leadAccount ?? (accountId === undefined ? null : { [ACCOUNT.id]: accountId });
  return {
    leadId: guid(lead[LEAD.id]) ?? '',
    lead,
    contactId: guid(lead[LEAD.parentContactValue]),
    contact,
    accountId,
    account,
    accountRead: leadAccount !== null,
  };
}

function isRecord(value: unknown): value is WebApiRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function guid(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.toLowerCase() : undefined;
}
