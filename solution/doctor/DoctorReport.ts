import type { CheckResult } from './CheckResult';

export interface DoctorReport {
  readonly checks: readonly CheckResult[];
  /** 0 all good (warnings allowed), 1 something is wrong, 2 doctor could not check. */
  readonly exitCode: 0 | 1 | 2;
  /** One line, e.g. `✓ all good — 31 checks, 2 warnings`. */
  readonly verdict: string;
  /** Dataverse requests sent (what service protection counts; a `$batch` is one). */
  readonly dataverseRequests: number;
}

/** Something wrong wins over something unchecked: a known problem is what the admin must act on first. */
export function exitCodeOf(checks: readonly CheckResult[]): DoctorReport['exitCode'] {
  if (checks.some((c) => c.status === 'fail')) return 1;
  if (checks.some((c) => c.status === 'error')) return 2;
  return 0;
}

export function verdictOf(checks: readonly CheckResult[]): string {
  const count = (status: CheckResult['status']) => checks.filter((c) => c.status === status);
  const failed = count('fail');
  const unchecked = count('error');
  const warnings = count('warn').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (failed.length > 0) {
    const first = failed.slice(0, 3).map((c) => c.title);
    const more = failed.length > 3 ? `; and ${failed.length - 3} more` : '';
    return `✗ ${plural(failed.length, 'problem')} — ${first.join('; ')}${more}`;
  }
  if (unchecked.length > 0) return `✗ could not check — ${unchecked[0]?.title ?? ''}`;
  return `✓ all good — ${plural(checks.length, 'check')}, ${plural(warnings, 'warning')}`;
}
