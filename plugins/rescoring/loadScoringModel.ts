/**
 * The scoring model in force: the leadlink_ScoringModel environment variable (its value, else its default), or the
 * default model when the variable is not there at all (the solution not imported yet). A model that is not valid
 * throws the validator's ScoringModelError, naming every problem, before anything is written.
 */
import { ENV_VARS } from '../../schema/environmentVariables';
import { DEFAULT_SCORING_MODEL, parseScoringModel, type ScoringModel } from '../scoring';
import type { EnvironmentSettings } from '../settings/EnvironmentSettings';

export async function loadScoringModel(settings: EnvironmentSettings): Promise<ScoringModel> {
  const text = await settings.text(ENV_VARS.scoringModel);
  return text === undefined ? DEFAULT_SCORING_MODEL : parseScoringModel(text);
}
