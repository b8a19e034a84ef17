/**
 * A lead form: (1) the lead with its parent contact, then in parallel (2) the interactions of that contact and of the
 * lead, (3) the contact's other open leads. Three requests; two when the lead has no parent contact.
 */
import { INTERACTION } from '../../../schema/leadlink';
import { LEAD } from './dataverseNames';
import { fetchXmlOption } from './fetchXml';
import { normalizeGuid } from './guid';
import type { LeadInsights } from './insightsModel';
import {
  CONTACT_ALIAS,
  INTERACTION_ROW_CAP,
  TIMELINE_SIZE,
  interactionsQuery,
  leadWithContactQuery,
  leadsOfContactQuery,
} from './queries';
import { rankLeads } from './rankByScore';
import { RecordNotFoundError } from './RecordNotFoundError';
import { compact, toContactSummary, toInteractionItem, toLeadSummary } from './rowsToModels';
import { summarizeInteractions } from './summarizeInteractions';
import type { InsightsWebApi } from './webApi';

export async function loadLeadInsights(api: InsightsWebApi, rawLeadId: string, now: Date): Promise<LeadInsights> {
  const leadId = normalizeGuid(LEAD.table, rawLeadId);
  const { entities } = await api.retrieveMultipleRecords(LEAD.table, fetchXmlOption(leadWithContactQuery(leadId)));
  const row = entities[0];
  const lead = row === undefined ? null : toLeadSummary(row, true);
  if (row === undefined || lead === null) throw new RecordNotFoundError(LEAD.table, leadId);
  const contact = toContactSummary(row, CONTACT_ALIAS);
  const contactId = contact?.id ?? lead.contactId;
  const [interactionRows, otherLeadRows] = await Promise.all([
    api.retrieveMultipleRecords(
      INTERACTION.table,
      fetchXmlOption(interactionsQuery({ kind: 'lead', leadId, contactId })),
    ),
    contactId === null
      ? Promise.resolve({ entities: [] })
      : api.retrieveMultipleRecords(
          LEAD.table,
          fetchXmlOption(leadsOfContactQuery(contactId, { openOnly: true, excludeLeadId: leadId })),
        ),
  ]);
  return {
    kind: 'lead',
    lead,
    contact,
    interactions: summarizeInteractions(compact(interactionRows.entities.map(toInteractionItem)), {
      now,
      rowCap: INTERACTION_ROW_CAP,
      timelineSize: TIMELINE_SIZE,
    }),
    otherLeads: rankLeads(
      compact(otherLeadRows.entities.map((other) => toLeadSummary(other, false))).filter(
        (other) => other.id !== leadId,
      ),
    ),
  };
}
