import { DataverseClient, loadDataverseConfig, type Environment } from '../../dataverse';
import { ConfigurationError } from '../../dataverse';
import { PLUGINS } from '../../plugins/registry';
import { DataverseEnvironmentSettings } from '../../plugins/settings/DataverseEnvironmentSettings';
import type { AppServices } from './AppServices';

/** A webhook key shorter than this is guessable; Azure's own function keys are far longer. */
export const MIN_WEBHOOK_KEY_LENGTH = 16;

/** Builds the app's services from its settings: the Dataverse client (one per process), settings reader, plug-ins. */
export function createAppServices(env: Environment): AppServices {
  const webhookKey = env.LEADLINK_WEBHOOK_KEY?.trim() ?? '';
  if (webhookKey === '') {
    throw new ConfigurationError(
      'LEADLINK_WEBHOOK_KEY',
      'not set; set it to a long random value and give Dataverse the same value as the WebhookKey',
    );
  }
  if (webhookKey.length < MIN_WEBHOOK_KEY_LENGTH) {
    throw new ConfigurationError(
      'LEADLINK_WEBHOOK_KEY',
      `is too short; use at least ${MIN_WEBHOOK_KEY_LENGTH} characters`,
    );
  }
  const dataverse = DataverseClient.fromConfig(loadDataverseConfig(env));
  const settings = new DataverseEnvironmentSettings(dataverse);
  return {
    webhookKey,
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
