import type { ContactMatchingStrategy } from '../identity';
import type { PluginLogger } from '../Plugin';
import type { WriteContext } from './WriteContext';
import type { SweepClient } from './SweepClient';
import type { ResolvedSweepOptions, SweepProgress } from './SweepOptions';
import type { SweepTally } from './SweepTally';

/** Everything one run's phases share. */
export interface SweepRun {
  readonly client: SweepClient;
  readonly options: ResolvedSweepOptions;
  readonly strategy: ContactMatchingStrategy;
  readonly tally: SweepTally;
  readonly write: WriteContext;
  readonly log: PluginLogger | undefined;
  readonly onProgress: ((progress: SweepProgress) => void) | undefined;
  /** Leads webhooks deferred to the sweep before this run began (lower case): the ones it links are counted. */
  readonly deferred: ReadonlySet<string> | undefined;
}
