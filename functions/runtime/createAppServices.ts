import { DataverseClient, loadDataverseConfig, type Environment } from '../../dataverse';
import { PLUGINS } from '../../plugins/registry';
import { DataverseEnvironmentSettings } from '../../plugins/settings/DataverseEnvironmentSettings';
import { readAppKeys } from '../auth/readAppKeys';
import type { AppServices } from './AppServices';

/** Builds the app's services from its settings: the keys, the Dataverse client (one per process), plug-ins. */
export function createAppServices(env: Environment): AppServices {
  const keys = readAppKeys(env);
  const dataverse = DataverseClient.fromConfig(loadDataverseConfig(env));
  const settings = new DataverseEnvironmentSettings(dataverse);
  return {
    keys,
    plugins: PLUGINS,
    dataverse,
    pluginServices: (log) => ({ dataverse, settings, log, now: () => new Date() }),
  };
}

let shared: Promise<AppServices> | undefined;

/** The process-wide services, built on first use from process.env. A failed build is retried on the next call. */
export function appServices(): Promise<AppServices> {
  shared ??= Promise.resolve()
    .then(() => createAppServices(process.env))
    .catch((error: unknown) => {
      shared = undefined;
      throw error;
    });
  return shared;
}
