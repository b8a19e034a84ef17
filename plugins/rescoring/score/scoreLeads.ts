/**
 * Scores loaded leads with the engine — no I/O here. Each lead gets its own contact's interactions and, for an
 * account-based model, its account's; `now` is the same instant for all of them.
 */
import { scoreLead, type ScoringModel, type WebApiRecord } from '../../scoring';
import type { LeadForScoring } from '../load/LeadForScoring';
import type { InteractionsByKey } from '../load/readInteractions';
import type { LeadScoring } from './LeadScoring';
import { leadUpdate } from './leadUpdate';
import { buildSalesReadyTask } from './buildSalesReadyTask';

const NONE: readonly WebApiRecord[] = [];

export interface LoadedInteractions {
  readonly byContact: InteractionsByKey;
  readonly byAccount: InteractionsByKey;
}

export function scoreLeads(
  model: ScoringModel,
  leads: readonly LeadForScoring[],
  interactions: LoadedInteractions,
  now: Date,
): LeadScoring[] {
  return leads.map((entry) => {
    const result = scoreLead({
      model,
      lead: entry.lead,
      contact: entry.contact,
      account: entry.account,
      interactions: (entry.contactId && interactions.byContact.get(entry.contactId)) || NONE,
      ...(model.accountBased && entry.accountId !== undefined
        ? { accountInteractions: interactions.byAccount.get(entry.accountId) ?? NONE }
        : {}),
      now,
    });
    const task =
      model.createTaskWhenSalesReady && result.becameSalesReady
        ? buildSalesReadyTask(model, entry.leadId, entry.lead, result)
        : undefined;
    return { leadId: entry.leadId, result, update: leadUpdate(entry.leadId, entry.lead, result), task };
  });
}
