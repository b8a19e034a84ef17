import {
  EMPTY_SUMMARY,
  loadScoringModel,
  readOpenLeadsOfContacts,
  rescoreLoadedLeads,
  type RescoreFailure,
  type RescoreSummary,
} from '../rescoring';
import type { PluginServices } from '../Plugin';
import type { Settled } from './GroupCommitter';

/**
 * Rescores the open leads of a group's contacts at once: the model read once, the leads of every contact in one query
 * per few hundred contacts, their interactions in a few `In` queries, the changed leads written in bulk — the
 * requests one interaction alone costs, for the whole group. Each contact's event gets the group's summary, or the
 * failure of a lead of its contact (a throttled or failing write is retried by its own event); a failure on a lead of
 * no event's contact (an account's other contact, for account-based models) reaches every event.
 */
export async function rescoreGroup(
  contactIds: readonly string[],
  services: Pick<PluginServices, 'dataverse' | 'settings' | 'log' | 'now'>,
): Promise<Settled<RescoreSummary>[]> {
  const model = await loadScoringModel(services);
  const contacts = [...new Set(contactIds.map((id) => id.toLowerCase()))];
  const leads = await readOpenLeadsOfContacts(services.dataverse, model, contacts);
  const summary = leads.length === 0 ? EMPTY_SUMMARY : await rescoreLoadedLeads(services, model, leads);
  const contactOf = new Map(leads.map((lead) => [lead.leadId, lead.contactId?.toLowerCase()]));
  const ofContact = (failure: RescoreFailure, contactId: string) => {
    const owner = contactOf.get(failure.leadId);
    return owner === contactId || owner === undefined || !contacts.includes(owner);
  };
  return contactIds.map((contactId): Settled<RescoreSummary> => {
    const own = summary.failures.filter((failure) => ofContact(failure, contactId.toLowerCase()));
    // A transient failure first: the webhook answers 503 and Dataverse tries once more; the daily rescore catches the rest.
    const failure = own.find((f) => f.retryable) ?? own[0];
    return failure ? { ok: false, error: failure.error } : { ok: true, value: summary };
  });
}
