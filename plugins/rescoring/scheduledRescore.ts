/**
 * The daily rescore behind the timer: every open lead, within a time budget. A run cut short by the budget remembers
 * where it stopped, and the next run on the same instance continues from there (a new instance starts over, which
 * is merely slower: unchanged leads are not written).
 */
import type { PluginServices } from '../Plugin';
import { loadScoringModel } from './loadScoringModel';
import { rescoreAll, type RescoreAllResult } from './rescoreAll';

let resumeAfter: string | undefined;

export async function scheduledRescore(
  services: Omit<PluginServices, 'deadline'>,
  budgetMs: number,
): Promise<RescoreAllResult> {
  const model = await loadScoringModel(services);
  const stop = AbortSignal.timeout(budgetMs);
  const result = await rescoreAll(services, model, {
    signal: stop,
    ...(resumeAfter !== undefined ? { startAfter: resumeAfter } : {}),
  });
  resumeAfter = result.completed ? undefined : result.lastLeadId;
  return result;
}
