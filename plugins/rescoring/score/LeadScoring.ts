import type { ScoreResult } from '../../scoring';
import type { SalesReadyTask } from './SalesReadyTask';

/** One lead scored: the engine's result, what to write (null when nothing changed), and the task, if any. */
export interface LeadScoring {
  readonly leadId: string;
  readonly result: ScoreResult;
  readonly update: Readonly<Record<string, unknown>> | null;
  readonly task: SalesReadyTask | undefined;
}
