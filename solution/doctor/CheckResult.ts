/** One line of the checklist: what was checked, how it stands, what was found, and what fixes it. */

/** pass ✓, warn ⚠ (works, but worth a look), fail ✗ (something is wrong), error (doctor could not check it). */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'error';

/** The groups of the checklist, in the order they print. */
export const CHECK_GROUPS = [
  'connection',
  'security',
  'solution',
  'settings',
  'webhook',
  'functionApp',
  'failures',
  'backlog',
] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export interface CheckResult {
  readonly group: CheckGroup;
  /** Stable, e.g. `webhook.step.<stepId>`: scripts and tests find a check by it. */
  readonly id: string;
  /** One line. */
  readonly title: string;
  readonly status: CheckStatus;
  /** What was found, one line each. */
  readonly details: readonly string[];
  /** The exact command or screen that fixes it. */
  readonly fix?: string;
}

export function check(
  group: CheckGroup,
  id: string,
  status: CheckStatus,
  title: string,
  details: readonly string[] = [],
  fix?: string,
): CheckResult {
  return { group, id, status, title, details, ...(fix !== undefined ? { fix } : {}) };
}
