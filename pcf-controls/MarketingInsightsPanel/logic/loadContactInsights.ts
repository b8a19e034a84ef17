/** A contact form: the contact, its leads and its interactions, three requests in parallel. */
import { INTERACTION } from '../../../schema/leadlink';
import { CONTACT, LEAD } from './dataverseNames';
import { fetchXmlOption } from './fetchXml';
import { normalizeGuid } from './guid';
import type { ContactInsights } from './insightsModel';
import { CONTACT_SELECT, INTERACTION_ROW_CAP, TIMELINE_SIZE, interactionsQuery, leadsOfContactQuery } from './queries';
import { rankLeads } from './rankByScore';
import { RecordNotFoundError } from './RecordNotFoundError';
import { compact, toContactSummary, toInteractionItem, toLeadSummary } from './rowsToModels';
import { summarizeInteractions } from './summarizeInteractions';
import type { InsightsWebApi } from './webApi';

export async function loadContactInsights(
  api: InsightsWebApi,
  rawContactId: string,
  now: Date,
): Promise<ContactInsights> {
  const contactId = normalizeGuid(CONTACT.table, rawContactId);
  const [contactRow, leadRows, interactionRows] = await Promise.all([
    api.retrieveRecord(CONTACT.table, contactId, CONTACT_SELECT),
    api.retrieveMultipleRecords(LEAD.table, fetchXmlOption(leadsOfContactQuery(contactId, { openOnly: false }))),
    api.retrieveMultipleRecords(INTERACTION.table, fetchXmlOption(interactionsQuery({ kind: 'contact', contactId }))),
  ]);
  const contact = toContactSummary(contactRow);
  if (contact === null) throw new RecordNotFoundError(CONTACT.table, contactId);
  return {
    kind: 'contact',
    contact,
    leads: rankLeads(compact(leadRows.entities.map((row) => toLeadSummary(row, false)))),
    interactions: summarizeInteractions(compact(interactionRows.entities.map(toInteractionItem)), {
      now,
      rowCap: INTERACTION_ROW_CAP,
      timelineSize: TIMELINE_SIZE,
    }),
  };
}
