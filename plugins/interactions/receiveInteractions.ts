/**
 * POST /api/interactions, minus HTTP: read the request, load the scoring model (a bad model stops here, before
 * anything is written), write the interactions, then rescore the open leads of every contact the accepted items
 * name — also those written by an earlier call, so a retry after a failed rescoring finishes the job.
 */
import type { PluginServices } from '../Plugin';
import { isTransientError } from '../../dataverse';
import { loadScoringModel, rescoreContacts, type RescoreSummary } from '../rescoring';
import { ingestInteractions } from './ingestInteractions';
import type { IntakeResult } from './IntakeResult';
import { readIntakeItems } from './readIntakeItems';

export type IntakeServices = Pick<PluginServices, 'dataverse' | 'settings' | 'now'>;

export interface IntakeOutcome {
  readonly intake: IntakeResult;
  /** The rescoring of the affected leads, or why it failed (the interactions are written either way). */
  readonly rescore: RescoreSummary | { readonly error: string; readonly retryable: boolean };
}

export async function receiveInteractions(services: IntakeServices, body: string): Promise<IntakeOutcome> {
  const items = readIntakeItems(body);
  const model = await loadScoringModel(services);
  const intake = await ingestInteractions(services.dataverse, items, services.now());
  let rescore: IntakeOutcome['rescore'];
  try {
    rescore = await rescoreContacts(services, model, intake.contactIds);
  } catch (error) {
    rescore = { error: (error as Error).message, retryable: isTransientError(error) };
  }
  return { intake, rescore };
}
