import type { DataverseClient } from '../../../dataverse';
import { formatProblem, ScoringModelError, type ScoringModel } from '../../../plugins/scoring';
import { ScoringModelReader } from '../../../plugins/scoringModel/ScoringModelReader';
import type { EnvironmentSettings } from '../../../plugins/settings/EnvironmentSettings';

export type ScoringModelState =
  | { readonly valid: true; readonly model: ScoringModel; readonly source: string }
  | { readonly valid: false; readonly source: string | undefined; readonly problems: readonly string[] };

/**
 * The scoring model in force, loaded by the reader the function app uses (so its validation and messages are the ones
 * an admin sees on save), from settings doctor already read: an inline value, else the web resource they name (one
 * read), else the built-in default. A fresh reader keeps no earlier model, so an invalid one is reported, not hidden.
 * This is the one place that knows where the model lives.
 */
export async function readScoringModel(
  client: DataverseClient,
  settings: EnvironmentSettings,
): Promise<ScoringModelState> {
  try {
    const loaded = await new ScoringModelReader(client, settings).load();
    return { valid: true, model: loaded.model, source: loaded.source };
  } catch (error) {
    if (error instanceof ScoringModelError)
      return { valid: false, source: error.source, problems: error.problems.map(formatProblem) };
    return { valid: false, source: undefined, problems: [(error as Error).message] };
  }
}
