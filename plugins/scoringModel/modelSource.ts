/**
 * Where the scoring model in force lives:
 * 1. leadlink_ScoringModel, when an admin gave it a value: an inline model (at most 2,000 characters; how models were
 *    kept before they outgrew an environment variable). Its default is ignored: older solutions shipped one.
 * 2. else the web resource leadlink_ScoringModelWebResource names (its value, else its default: the shipped model);
 * 3. else, when the environment has neither variable (the solution is not imported), LeadLink's built-in default.
 */
import { ENV_VARS } from '../../schema/environmentVariables';
import type { EnvironmentSettings } from '../settings/EnvironmentSettings';

export type ModelSource =
  | { readonly kind: 'inline'; readonly text: string; readonly description: string }
  | { readonly kind: 'webResource'; readonly name: string; readonly description: string }
  | { readonly kind: 'builtIn'; readonly description: string };

export async function modelSource(settings: EnvironmentSettings): Promise<ModelSource> {
  const inline = await settings.value(ENV_VARS.scoringModel);
  if (inline !== undefined && inline.trim() !== '') {
    return { kind: 'inline', text: inline, description: ENV_VARS.scoringModel };
  }
  const name = (await settings.text(ENV_VARS.scoringModelWebResource))?.trim();
  if (name) return { kind: 'webResource', name, description: `web resource '${name}'` };
  if (await settings.defined(ENV_VARS.scoringModelWebResource)) {
    return { kind: 'builtIn', description: `built-in default (${ENV_VARS.scoringModelWebResource} is empty)` };
  }
  return { kind: 'builtIn', description: 'built-in default (the LeadLink solution is not imported)' };
}
