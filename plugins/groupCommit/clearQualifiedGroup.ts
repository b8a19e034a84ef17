import type { BatchOperation } from '../../dataverse';
import { CONTACT, LEAD } from '../../schema/names';
import type { ClearResult } from '../leadQualified/clearMarketingOnly';
import { qualificationVerdict, type LeadWithContact } from '../leadQualified/qualificationVerdict';
import { BulkMessages, clearFlags, RequestGate, type SweepClient } from '../sweep';
import type { Settled } from './GroupCommitter';
import { leadRowsOf, leadsByIdUrls } from './leadReads';

interface QualifiedLeadRow extends LeadWithContact {
  readonly leadid: string;
}

/**
 * The qualifications of a group, with the sweep's write (plugins/sweep/clearFlags.ts): the leads read fresh with their
 * contacts' flag in one `$batch`, then marketingonly cleared on the contacts of the leads qualified now whose contact
 * is still marketing-only, in one UpdateMultiple — two requests for the group, where each qualification alone costs
 * one to three. Clearing only ever moves the flag to false, so a write that meets another's (a second event of the same
 * qualification in another group or instance) harms nothing; within the group, each contact is written once and the
 * first of its events tells it.
 */
export async function clearQualifiedGroup(
  leadIds: readonly string[],
  client: SweepClient,
): Promise<Settled<ClearResult>[]> {
  const leads = await readLeads(client, leadIds);
  const decided = leadIds.map((leadId) => lowerCased(qualificationVerdict(leads.get(leadId.toLowerCase()))));
  const contactIds = [...new Set(decided.flatMap((d) => (d.kind === 'clear' ? [d.contactId] : [])))];
  const cleared = new Map<string, Settled<true>>();
  if (contactIds.length > 0) {
    const context = { gate: new RequestGate(undefined), concurrency: 1, bulk: new BulkMessages() };
    await clearFlags(client, contactIds, context, (outcomes) => {
      for (const [contactId, outcome] of outcomes) {
        cleared.set(
          contactId,
          outcome.kind === 'updated' ? { ok: true, value: true } : { ok: false, error: outcome.error },
        );
      }
    });
  }
  const told = new Set<string>();
  return decided.map((d): Settled<ClearResult> => {
    if (d.kind !== 'clear') return { ok: true, value: d };
    const write = cleared.get(d.contactId) ?? { ok: false, error: new Error('The contact was not written') };
    if (!write.ok) return write;
    if (told.has(d.contactId)) {
      return { ok: true, value: { kind: 'nothing-to-do', reason: 'Another event of this group cleared the flag.' } };
    }
    told.add(d.contactId);
    return { ok: true, value: { kind: 'cleared', contactId: d.contactId, attempts: 1 } };
  });
}

/** The leads, with their state and their contact's flag, in one `$batch`. */
async function readLeads(client: SweepClient, leadIds: readonly string[]): Promise<Map<string, QualifiedLeadRow>> {
  const urls = leadsByIdUrls(leadIds, {
    select: [LEAD.id, LEAD.state],
    expand: [{ property: LEAD.parentContact, select: [CONTACT.marketingOnly] }],
  });
  const results = await client.batch(urls.map((url): BatchOperation => ({ method: 'GET', url })));
  const leads = new Map<string, QualifiedLeadRow>();
  urls.forEach((url, index) => {
    for (const row of leadRowsOf<QualifiedLeadRow>(results[index], url)) leads.set(row.leadid.toLowerCase(), row);
  });
  return leads;
}

/** One id per contact, whatever the case the lead's read gave it. */
function lowerCased(verdict: ReturnType<typeof qualificationVerdict>): ReturnType<typeof qualificationVerdict> {
  return verdict.kind === 'clear' ? { kind: 'clear', contactId: verdict.contactId.toLowerCase() } : verdict;
}
