/**
 * PluginServices for unit tests: a real DataverseClient aimed at a closed loopback port, with an observer that
 * records every request it would send. A decision taken from the payload alone must leave `requests` empty.
 */
import { DataverseClient } from '../../../../dataverse';
import type { PluginLogger, PluginServices } from '../../../../plugins/Plugin';
import type { EnvironmentSettings } from '../../../../plugins/settings/EnvironmentSettings';

export interface RecordingServices {
  readonly services: PluginServices;
  /** `METHOD url` of every request the client sent. */
  readonly requests: string[];
  /** Names of the settings read. */
  readonly settingsRead: string[];
  readonly logged: string[];
  close(): void;
}

export function recordingServices(
  options: { flags?: Readonly<Record<string, boolean>>; deadlineInMs?: number } = {},
): RecordingServices {
  const requests: string[] = [];
  const settingsRead: string[] = [];
  const logged: string[] = [];
  const dataverse = new DataverseClient({
    url: 'http://127.0.0.1:9',
    tokenProvider: { description: 'none', getToken: async () => undefined },
    retry: { maxAttempts: 1 },
    observer: { onRequest: (e) => requests.push(`${e.method} ${e.url}`) },
  });
  const settings: EnvironmentSettings = {
    text: async (name) => {
      settingsRead.push(name);
      return undefined;
    },
    flag: async (name) => {
      settingsRead.push(name);
      return options.flags?.[name] ?? false;
    },
    value: async (name) => {
      settingsRead.push(name);
      return undefined;
    },
    defined: async (name) => {
      settingsRead.push(name);
      return false;
    },
  };
  const log: PluginLogger = {
    info: (event) => logged.push(event),
    warn: (event) => logged.push(event),
    error: (event) => logged.push(event),
  };
  return {
    services: {
      dataverse,
      settings,
      log,
      now: () => new Date(),
      deadline: Date.now() + (options.deadlineInMs ?? 60_000),
    },
    requests,
    settingsRead,
    logged,
    close: () => dataverse.close(),
  };
}
