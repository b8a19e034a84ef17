/** How events are grouped: app settings, read once per process. */
export interface GroupCommitSettings {
  /** Events in one group at most. 1: every event is handled alone, as it arrives. */
  readonly maxSize: number;
  /** The longest an event waits for its group to start, in ms. */
  readonly maxWaitMs: number;
}

/** The app settings, by field. */
export const GROUP_COMMIT_SETTINGS = {
  maxSize: 'LEADLINK_GROUP_MAX_SIZE',
  maxWaitMs: 'LEADLINK_GROUP_MAX_WAIT_MS',
} as const;

/**
 * 100 events a group: one group's writes are one `$batch` of at most 200 operations (a lead's change set holds two),
 * which Dataverse runs in seconds, well inside the handler's 45 s. Two seconds of waiting at most: an import that
 * creates leads one by one at 50 a second fills a group (`npm run bench -- storm`), and every answer still comes within
 * a few seconds. A lone event never waits (groupDecision.ts).
 */
export const DEFAULT_GROUP_COMMIT: GroupCommitSettings = { maxSize: 100, maxWaitMs: 2_000 };

/**
 * Limits: a group's writes fit one `$batch` (Dataverse takes 1,000 operations, two per lead), and an event waits at
 * most 10 s for its group, leaving the group most of the handler's 45 s (Dataverse waits 60 s).
 */
export const GROUP_COMMIT_LIMITS = { maxSize: 500, maxWaitMs: 10_000 } as const;

/** The settings from the app settings, defaults where unset; a bad value names the setting and the allowed range. */
export function readGroupCommitSettings(env: Readonly<Record<string, string | undefined>>): GroupCommitSettings {
  return {
    maxSize: wholeNumber(
      env,
      GROUP_COMMIT_SETTINGS.maxSize,
      DEFAULT_GROUP_COMMIT.maxSize,
      1,
      GROUP_COMMIT_LIMITS.maxSize,
    ),
    maxWaitMs: wholeNumber(
      env,
      GROUP_COMMIT_SETTINGS.maxWaitMs,
      DEFAULT_GROUP_COMMIT.maxWaitMs,
      0,
      GROUP_COMMIT_LIMITS.maxWaitMs,
    ),
  };
}

function wholeNumber(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(
      `The app setting ${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')} (default ${fallback.toLocaleString('en-US')}); got '${text.slice(0, 20)}'.`,
    );
  }
  return value;
}
