/** An account form: its contacts, their (and its) open leads, and their interactions, three requests in parallel. */
import { INTERACTION } from '../../../schema/leadlink';
import { ACCOUNT, CONTACT, LEAD } from './dataverseNames';
import { fetchXmlOption } from './fetchXml';
import { normalizeGuid } from './guid';
import type { AccountInsights } from './insightsModel';
import {
  CONTACT_ALIAS,
  INTERACTION_ROW_CAP,
  TIMELINE_SIZE,
  contactsOfAccountQuery,
  interactionsQuery,
  leadsOfAccountQuery,
} from './queries';
import { rankContacts, rankLeads } from './rankByScore';
import { compact, toContactSummary, toInteractionItem, toLeadSummary } from './rowsToModels';
import { summarizeInteractions } from './summarizeInteractions';
import type { InsightsWebApi } from './webApi';

export async function loadAccountInsights(
  api: InsightsWebApi,
  rawAccountId: string,
  now: Date,
): Promise<AccountInsights> {
  const accountId = normalizeGuid(ACCOUNT.table, rawAccountId);
  const [contactRows, leadRows, interactionRows] = await Promise.all([
    api.retrieveMultipleRecords(CONTACT.table, fetchXmlOption(contactsOfAccountQuery(accountId))),
    api.retrieveMultipleRecords(LEAD.table, fetchXmlOption(leadsOfAccountQuery(accountId))),
    api.retrieveMultipleRecords(INTERACTION.table, fetchXmlOption(interactionsQuery({ kind: 'account', accountId }))),
  ]);
  const leads = rankLeads(compact(leadRows.entities.map((row) => toLeadSummary(row, false))));
  const contacts = compact(contactRows.entities.map((row) => toContactSummary(row)));
  const contactsFromLeads = compact(leadRows.entities.map((row) => toContactSummary(row, CONTACT_ALIAS)));
  return {
    kind: 'account',
    contacts: rankContacts(contacts, leads, contactsFromLeads),
    leads,
    interactions: summarizeInteractions(compact(interactionRows.entities.map(toInteractionItem)), {
      now,
      rowCap: INTERACTION_ROW_CAP,
      timelineSize: TIMELINE_SIZE,
    }),
  };
}
