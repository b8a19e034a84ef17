/** Rescores the open leads of some contacts (and, for account-based models, of their accounts). */
import type { ScoringModel } from '../scoring';
import { readOpenLeadsOfContacts } from './load/readLeads';
import type { RescoreContext } from './RescoreContext';
import { rescoreLoadedLeads } from './rescoreLoadedLeads';
import { EMPTY_SUMMARY, type RescoreSummary } from './RescoreSummary';

export async function rescoreContacts(
  context: RescoreContext,
  model: ScoringModel,
  contactIds: readonly string[],
): Promise<RescoreSummary> {
  if (contactIds.length === 0) return EMPTY_SUMMARY;
  const leads = await readOpenLeadsOfContacts(context.dataverse, model, contactIds);
  return leads.length === 0 ? EMPTY_SUMMARY : rescoreLoadedLeads(context, model, leads);
}
