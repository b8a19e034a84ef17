import type { DataverseError } from '../../dataverse';

/** What a rescoring run did, for logs, the CLI and the intake's answer. Counts only: no record contents. */
export interface RescoreSummary {
  /** Leads scored. */
  readonly scored: number;
  /** Leads whose stored score, grade, reasons or flags changed (written). */
  readonly changed: number;
  /** Leads handed to sales by this run. */
  readonly becameSalesReady: number;
  readonly tasksCreated: number;
  /** Tasks found already created (a retry or an overlapping run made them). */
  readonly tasksExisting: number;
  /** Leads or tasks that could not be written, with Dataverse's message. */
  readonly failures: readonly RescoreFailure[];
}

export interface RescoreFailure {
  readonly leadId: string;
  readonly what: 'lead' | 'task';
  readonly message: string;
  /** Throttling or a server fault: trying again later may pass. */
  readonly retryable: boolean;
  /** Dataverse's error, for callers that rethrow it (a webhook answers 503 for a transient one). */
  readonly error: DataverseError;
}

/** A failure as plain data, for JSON output and log lines. */
export function describeFailure(failure: RescoreFailure): Omit<RescoreFailure, 'error'> {
  return { leadId: failure.leadId, what: failure.what, message: failure.message, retryable: failure.retryable };
}

export const EMPTY_SUMMARY: RescoreSummary = {
  scored: 0,
  changed: 0,
  becameSalesReady: 0,
  tasksCreated: 0,
  tasksExisting: 0,
  failures: [],
};

export function addSummaries(a: RescoreSummary, b: RescoreSummary): RescoreSummary {
  return {
    scored: a.scored + b.scored,
    changed: a.changed + b.changed,
    becameSalesReady: a.becameSalesReady + b.becameSalesReady,
    tasksCreated: a.tasksCreated + b.tasksCreated,
    tasksExisting: a.tasksExisting + b.tasksExisting,
    failures: [...a.failures, ...b.failures],
  };
}
