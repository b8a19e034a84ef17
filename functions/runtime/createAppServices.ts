import { InvocationContext, type LogHandler } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { DataverseClient, loadDataverseConfig, type Environment } from '../../dataverse';
import { readGroupCommitSettings, systemClock, type Clock } from '../../plugins/groupCommit';
import { PLUGINS } from '../../plugins/registry';
import { DataverseEnvironmentSettings } from '../../plugins/settings/DataverseEnvironmentSettings';
import { readAppKeys } from '../auth/readAppKeys';
import { sweepAndLog } from '../handlers/sweepTimer';
import type { AppServices } from './AppServices';
import { EarlySweep } from './EarlySweep';
import { structuredLogger } from './structuredLogger';

export interface AppServicesOptions {
  /** Where the early sweep logs, outside any invocation; the Functions host's console by default. */
  readonly logHandler?: LogHandler;
  /** The clock groups, the early sweep and the client's Retry-After pause go by. */
  readonly clock?: Clock;
}

/** Builds the app's services from its settings: the keys, the Dataverse client (one per process), plug-ins. */
export function createAppServices(env: Environment, options: AppServicesOptions = {}): AppServices {
  const keys = readAppKeys(env);
  const grouping = { settings: readGroupCommitSettings(env), clock: options.clock ?? systemClock };
  const dataverse = DataverseClient.fromConfig(
    loadDataverseConfig(env),
    options.clock ? { clock: () => grouping.clock.now() } : {},
  );
  const settings = new DataverseEnvironmentSettings(dataverse);
  const context = new InvocationContext({
    invocationId: randomUUID(),
    functionName: 'earlySweep',
    ...(options.logHandler ? { logHandler: options.logHandler } : {}),
  });
  const log = structuredLogger(context, { correlationId: context.invocationId });
  const deferred = new EarlySweep((leads) => sweepAndLog({ dataverse, settings, log }, leads), log, grouping.clock);
  return {
    keys,
    plugins: PLUGINS,
    dataverse,
    grouping,
    deferred,
    pluginServices: (log) => ({ dataverse, settings, log, now: () => new Date(), grouping, deferrals: deferred }),
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
