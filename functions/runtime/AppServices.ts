import type { DataverseClient } from '../../dataverse';
import type { Grouping } from '../../plugins/groupCommit';
import type { Plugin, PluginLogger, PluginServices } from '../../plugins/Plugin';
import type { AppKeys } from '../auth/readAppKeys';
import type { EarlySweep } from './EarlySweep';

/** What the function app builds once per process from its app settings. */
export interface AppServices {
  /** Each audience's key; an audience without one is refused everywhere. */
  readonly keys: AppKeys;
  readonly plugins: readonly Plugin[];
  readonly dataverse: DataverseClient;
  /** How events are grouped (app settings LEADLINK_GROUP_MAX_SIZE, LEADLINK_GROUP_MAX_WAIT_MS). */
  readonly grouping: Grouping;
  /** Takes the work webhooks defer under throttling and sweeps early; none where nothing may defer. */
  readonly deferred: EarlySweep | undefined;
  /** Services for one plug-in run, logging through that invocation's logger. */
  pluginServices(log: PluginLogger): Omit<PluginServices, 'deadline'>;
}
