import type { DataverseClient } from '../../dataverse';
import type { Plugin, PluginLogger, PluginServices } from '../../plugins/Plugin';
import type { AppKeys } from '../auth/readAppKeys';

/** What the function app builds once per process from its app settings. */
export interface AppServices {
  /** Each audience's key; an audience without one is refused everywhere. */
  readonly keys: AppKeys;
  readonly plugins: readonly Plugin[];
  readonly dataverse: DataverseClient;
  /** Services for one plug-in run, logging through that invocation's logger. */
  pluginServices(log: PluginLogger): Omit<PluginServices, 'deadline'>;
}
