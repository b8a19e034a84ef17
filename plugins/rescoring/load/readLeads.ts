/**
 * Finds the open leads to rescore, read with leadQuery (lead, contact and account in one request per page): by parent
 * contact, and — for account-based models — also every open lead of those contacts' accounts
 * (leads whose parent account it is, and leads of the account's other contacts).
 */
import { chunkForIn } from '../../../dataverse';
import { inFilter, type DataverseClient } from '../../../dataverse';
import {
  ACCOUNT,
  CONTACT,
  LEAD,
  LEAD_STATE,
  LOOKUP_LOGICAL_NAME_ANNOTATION,
  STATE_COLUMN,
} from '../../../schema/names';
import type { ScoringModel } from '../../scoring';
import type { LeadForScoring } from './LeadForScoring';
import { leadQuery } from './leadQuery';
import { logicalName } from './logicalName';
import { toLeadForScoring } from './toLeadForScoring';

const OPEN = `${STATE_COLUMN} eq ${LEAD_STATE.open}`;
const PARENT_CUSTOMER = logicalName(CONTACT.parentCustomerValue);

export async function readOpenLeadsOfContacts(
  client: DataverseClient,
  model: ScoringModel,
  contactIds: readonly string[],
): Promise<LeadForScoring[]> {
  const contacts = unique(contactIds);
  if (!model.accountBased) return readWhere(client, model, contacts, (ids) => inFilter(LEAD.parentContact, ids));
  const accounts = await accountsOf(client, contacts);
  const colleagues = await contactsOfAccounts(client, accounts);
  const byContact = await readWhere(client, model, unique([...contacts, ...colleagues]), (ids) =>
    inFilter(LEAD.parentContact, ids),
  );
  const byAccount = await readWhere(client, model, accounts, (ids) => inFilter(LEAD.parentAccount, ids));
  const seen = new Set<string>();
  return [...byContact, ...byAccount].filter((lead) => !seen.has(lead.leadId) && seen.add(lead.leadId));
}

async function readWhere(
  client: DataverseClient,
  model: ScoringModel,
  keys: readonly string[],
  condition: (ids: string[]) => string,
): Promise<LeadForScoring[]> {
  const leads: LeadForScoring[] = [];
  for (const ids of chunkForIn(unique(keys))) {
    for await (const row of client.queryRows(LEAD.set, leadQuery(model, `${OPEN} and ${condition(ids)}`))) {
      leads.push(toLeadForScoring(row));
    }
  }
  return leads;
}

/** The accounts the contacts work for (their company, when it is an account). */
async function accountsOf(client: DataverseClient, contactIds: readonly string[]): Promise<string[]> {
  const accounts: string[] = [];
  const annotation = `${CONTACT.parentCustomerValue}@${LOOKUP_LOGICAL_NAME_ANNOTATION}`;
  for (const ids of chunkForIn(contactIds)) {
    const rows = await client.queryAll(CONTACT.set, {
      select: [CONTACT.id, CONTACT.parentCustomerValue],
      filter: inFilter(CONTACT.id, ids),
      includeAnnotations: LOOKUP_LOGICAL_NAME_ANNOTATION,
    });
    for (const row of rows) {
      const account = row[CONTACT.parentCustomerValue];
      if (row[annotation] === ACCOUNT.table && typeof account === 'string') accounts.push(account.toLowerCase());
    }
  }
  return unique(accounts);
}

async function contactsOfAccounts(client: DataverseClient, accountIds: readonly string[]): Promise<string[]> {
  const contacts: string[] = [];
  for (const ids of chunkForIn(accountIds)) {
    for await (const row of client.queryRows(CONTACT.set, {
      select: [CONTACT.id],
      filter: inFilter(PARENT_CUSTOMER, ids),
      maxPageSize: 5000,
    })) {
      contacts.push(String(row[CONTACT.id]).toLowerCase());
    }
  }
  return contacts;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}
