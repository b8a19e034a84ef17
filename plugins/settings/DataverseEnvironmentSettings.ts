import type { DataverseClient } from '../../dataverse';
import { odataString } from '../../dataverse';
import { PUBLISHER_PREFIX } from '../../schema/leadlink';
import { ENVIRONMENT_VARIABLE } from '../../schema/names';
import type { EnvironmentSettings } from './EnvironmentSettings';
import { parseFlag } from './parseFlag';
import { resolveSettingValues, type ResolvedSettings } from './resolveSettingValues';

/** Settings change rarely; a minute keeps a burst of webhooks to one read. */
export const SETTINGS_CACHE_MS = 60_000;

type Loaded = ResolvedSettings;

/**
 * LeadLink's environment variables read from Dataverse in one query (every `leadlink_` definition with its value),
 * cached briefly. The current value wins over the definition's default, as Dataverse resolves them.
 */
export class DataverseEnvironmentSettings implements EnvironmentSettings {
  #cache: { at: number; loaded: Loaded } | undefined;
  #loading: Promise<Loaded> | undefined;

  constructor(
    private readonly client: DataverseClient,
    private readonly clock: () => number = Date.now,
    private readonly ttlMs = SETTINGS_CACHE_MS,
  ) {}

  async text(schemaName: string): Promise<string | undefined> {
    return (await this.#loaded()).texts.get(schemaName);
  }

  async value(schemaName: string): Promise<string | undefined> {
    return (await this.#loaded()).values.get(schemaName);
  }

  async defined(schemaName: string): Promise<boolean> {
    return (await this.#loaded()).defined.has(schemaName);
  }

  async flag(schemaName: string): Promise<boolean> {
    return parseFlag(schemaName, await this.text(schemaName));
  }

  /** Forgets the cache, e.g. after an admin changed a value. */
  invalidate(): void {
    this.#cache = undefined;
  }

  async #loaded(): Promise<Loaded> {
    if (this.#cache && this.clock() - this.#cache.at < this.ttlMs) return this.#cache.loaded;
    this.#loading ??= this.#load().finally(() => {
      this.#loading = undefined;
    });
    return this.#loading;
  }

  async #load(): Promise<Loaded> {
    const rows = await this.client.queryAll(ENVIRONMENT_VARIABLE.definitionSet, {
      select: [ENVIRONMENT_VARIABLE.schemaName, ENVIRONMENT_VARIABLE.defaultValue],
      filter: `startswith(${ENVIRONMENT_VARIABLE.schemaName},${odataString(`${PUBLISHER_PREFIX}_`)})`,
      expand: [{ property: ENVIRONMENT_VARIABLE.valuesNav, select: [ENVIRONMENT_VARIABLE.value] }],
    });
    const loaded = resolveSettingValues(rows);
    this.#cache = { at: this.clock(), loaded };
    return loaded;
  }
}
