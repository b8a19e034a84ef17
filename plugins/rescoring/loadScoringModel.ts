/**
 * The scoring model in force (see plugins/scoringModel: an inline leadlink_ScoringModel value, else the web resource
 * leadlink_ScoringModelWebResource names, else the built-in default when the solution is not imported), read through
 * one reader per settings object — so per process in the function app — which caches it briefly and keeps the last
 * valid model when an admin saves an invalid one. With no valid model yet, the validator's ScoringModelError (naming
 * the source and every problem) is thrown before anything is written.
 */
import type { DataverseClient } from '../../dataverse';
import type { PluginLogger } from '../Plugin';
import type { ScoringModel } from '../scoring';
import { ScoringModelReader } from '../scoringModel/ScoringModelReader';
import type { EnvironmentSettings } from '../settings/EnvironmentSettings';

export interface ScoringModelServices {
  readonly dataverse: DataverseClient;
  readonly settings: EnvironmentSettings;
  /** Where an invalid model is reported; without it the error is still thrown or the last valid model kept. */
  readonly log?: PluginLogger;
}

const readers = new WeakMap<EnvironmentSettings, ScoringModelReader>();

/** The reader shared by every caller with these settings. */
export function scoringModelReader(services: ScoringModelServices): ScoringModelReader {
  let reader = readers.get(services.settings);
  if (!reader) {
    reader = new ScoringModelReader(services.dataverse, services.settings);
    readers.set(services.settings, reader);
  }
  return reader;
}

export async function loadScoringModel(services: ScoringModelServices): Promise<ScoringModel> {
  return (await scoringModelReader(services).load(services.log)).model;
}
