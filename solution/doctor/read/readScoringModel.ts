import { loadScoringModel } from '../../../plugins/rescoring';
import { ScoringModelError, type ScoringModel } from '../../../plugins/scoring';
import type { EnvironmentSettings } from '../../../plugins/settings/EnvironmentSettings';

export type ScoringModelState =
  | { readonly valid: true; readonly model: ScoringModel }
  | { readonly valid: false; readonly problems: readonly string[] };

/**
 * The scoring model in force, loaded the way the rescoring run loads it (so its validation and messages are the ones
 * an admin sees on save), from settings doctor already read. This is the one place that knows where the model lives.
 */
export async function readScoringModel(settings: EnvironmentSettings): Promise<ScoringModelState> {
  try {
    return { valid: true, model: await loadScoringModel(settings) };
  } catch (error) {
    if (error instanceof ScoringModelError) return { valid: false, problems: error.message.split('\n') };
    return { valid: false, problems: [(error as Error).message] };
  }
}
