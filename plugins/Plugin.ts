import type { DataverseClient } from '../dataverse';
import type { RemoteExecutionContext } from '../dataverse/webhook';
import type { Deferrals } from './groupCommit/Deferrals';
import type { Grouping } from './groupCommit/Grouping';
import type { EnvironmentSettings } from './settings/EnvironmentSettings';
import type { StepRegistration } from './types';

/** Structured log lines: one object each, never a token, a key or a full record. */
export interface PluginLogger {
  info(event: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(event: string, fields?: Readonly<Record<string, unknown>>): void;
  error(event: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** What a plug-in gets to do its work: Dataverse through the client, settings, a log, the clock and a deadline. */
export interface PluginServices {
  readonly dataverse: DataverseClient;
  readonly settings: EnvironmentSettings;
  readonly log: PluginLogger;
  readonly now: () => Date;
  /** Epoch ms by which the handler must have answered (Dataverse waits 60 s). */
  readonly deadline: number;
  /** How this process groups events (plugins/groupCommit); without it every event is handled alone. */
  readonly grouping?: Grouping;
  /** Where throttled work goes (the sweep, started early); without it a throttled event answers 503. */
  readonly deferrals?: Deferrals;
}

/**
 * How a plug-in's run ended. The webhook answers 2xx for each; `detail` says what happened, for the log. `deferred`:
 * Dataverse throttled the work beyond the answer's time, and the sweep, started early, does it instead.
 */
export interface PluginResult {
  readonly outcome: 'done' | 'nothing-to-do' | 'deferred';
  readonly detail: string;
  /** Counts worth logging (records written, requests made). */
  readonly counts?: Readonly<Record<string, number>>;
}

/** A remote plug-in: one handler for one or more Dataverse events, with the steps that register it. */
export interface Plugin {
  /** A stable, kebab-case name: it names the steps and appears in logs. */
  readonly name: string;
  readonly description: string;
  readonly steps: readonly StepRegistration[];
  handle(context: RemoteExecutionContext, services: PluginServices): Promise<PluginResult>;
}
