import type { DataverseClient } from '../../dataverse';
import { DEFAULT_SCORING_MODEL_JSON } from '../scoring';
import { DataverseEnvironmentSettings } from '../settings/DataverseEnvironmentSettings';
import { modelSource } from './modelSource';
import { readWebResource } from './readWebResource';

export interface ModelText {
  /** Where it lives, e.g. `web resource 'leadlink_/scoring/model.json'`. */
  readonly source: string;
  readonly text: string;
}

/** The text of the model in force, as stored (for `leadlink model download`): unchecked, so a broken one can be fixed. */
export async function readModelText(client: DataverseClient): Promise<ModelText> {
  const source = await modelSource(new DataverseEnvironmentSettings(client, Date.now, 0));
  switch (source.kind) {
    case 'inline':
      return { source: source.description, text: source.text };
    case 'builtIn':
      return { source: source.description, text: DEFAULT_SCORING_MODEL_JSON };
    case 'webResource': {
      const resource = await readWebResource(client, source.name);
      if (!resource) throw new Error(`There is no ${source.description} (leadlink_ScoringModelWebResource names it).`);
      return { source: source.description, text: resource.text };
    }
  }
}
