import type { Clock } from './Clock';
import type { GroupCommitSettings } from './GroupCommitSettings';

/** How a process groups its events: the settings, and the clock groups wait on (a test's own, or the system's). */
export interface Grouping {
  readonly settings: GroupCommitSettings;
  readonly clock: Clock;
}
