import type { DataverseClient } from '../../dataverse';

/** What rescoring needs: Dataverse and the clock (PluginServices has both). */
export interface RescoreContext {
  readonly dataverse: DataverseClient;
  readonly now: () => Date;
}
