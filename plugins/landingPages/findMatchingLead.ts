/**
 * The open lead a known contact's submission belongs to, by the lead-matching strategy in
 * leadlink_LeadMatchingStrategy: `contact-and-topic` — an open lead of the contact with the same Topic created in the
 * last TOPIC_MATCH_WINDOW_DAYS days (Dataverse compares text case-insensitively); `contact` — any open lead of the
 * contact; `always-new` — none. Several candidates: the newest, then the lowest id, so every run picks the same one.
 */
import { odataString, type DataverseClient } from '../../dataverse';
import { LEAD, LEAD_STATE } from '../../schema/names';
import type { LeadMatchingStrategy } from '../settings/leadMatchingStrategies';
import { TOPIC_MATCH_WINDOW_DAYS } from './limits';

const DAY_MS = 86_400_000;

export async function findMatchingLead(
  client: DataverseClient,
  strategy: LeadMatchingStrategy,
  contactId: string,
  topic: string,
  now: Date,
): Promise<string | undefined> {
  if (strategy === 'always-new') return undefined;
  const conditions = [`${LEAD.state} eq ${LEAD_STATE.open}`, `${LEAD.parentContactValue} eq ${contactId}`];
  if (strategy === 'contact-and-topic') {
    const since = new Date(now.getTime() - TOPIC_MATCH_WINDOW_DAYS * DAY_MS);
    conditions.push(`${LEAD.subject} eq ${odataString(topic)}`, `${LEAD.createdOn} ge ${since.toISOString()}`);
  }
  const rows = await client.queryAll(LEAD.set, {
    select: [LEAD.id],
    filter: conditions.join(' and '),
    orderBy: [`${LEAD.createdOn} desc`, `${LEAD.id} asc`],
    top: 1,
  });
  const id = rows[0]?.[LEAD.id];
  return typeof id === 'string' ? id.toLowerCase() : undefined;
}
