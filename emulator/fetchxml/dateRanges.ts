/**
 * Time windows for the date operators. Dataverse evaluates them in the user's time zone and week start; the
 * emulator's users live in UTC with weeks starting on Sunday (the en-US default).
 */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/**
 * Parses a condition's date: `2026-03-01` is that UTC day's midnight; a time without a zone is UTC (Date.parse would
 * read it as local time). Returns NaN when it is not a date.
 */
export function parseConditionDate(text: string): number {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return Date.parse(`${trimmed}T00:00:00Z`);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed)) return Date.parse(`${trimmed}Z`);
  return Date.parse(trimmed);
}

/** A window [from, to): either end may be open; `toInclusive` closes the upper end. */
export interface TimeWindow {
  readonly from?: number;
  readonly to?: number;
  readonly toInclusive?: boolean;
}

export function inWindow(ms: number, window: TimeWindow): boolean {
  if (window.from !== undefined && ms < window.from) return false;
  if (window.to !== undefined && (window.toInclusive ? ms > window.to : ms >= window.to)) return false;
  return true;
}

/** Adds calendar months, keeping the day where the target month has it (Jan 31 + 1 month → Feb 28/29). */
function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return (
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)) +
    (ms - startOfUtcDay(ms))
  );
}

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

function add(ms: number, n: number, unit: Unit): number {
  switch (unit) {
    case 'minute':
      return ms + n * MINUTE_MS;
    case 'hour':
      return ms + n * HOUR_MS;
    case 'day':
      return ms + n * DAY_MS;
    case 'week':
      return ms + 7 * n * DAY_MS;
    case 'month':
      return addMonths(ms, n);
    case 'year':
      return addMonths(ms, 12 * n);
  }
}

/** The start of the week, month or year holding `ms`, shifted by `offset` of them. */
function periodStart(ms: number, unit: 'week' | 'month' | 'year', offset: number): number {
  const d = new Date(ms);
  if (unit === 'week') return startOfUtcDay(ms) - d.getUTCDay() * DAY_MS + offset * 7 * DAY_MS;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
  return Date.UTC(d.getUTCFullYear() + offset, 0, 1);
}

const PERIOD = /^(last|this|next)-(week|month|year)$/;
const RELATIVE = /^(last|next)-x-(hours|days|weeks|months|years)$/;
const OLDER = /^olderthan-x-(minutes|hours|days|weeks|months|years)$/;

/** The window an operator selects, given its value (a date, or a count of units) and the current time. */
export function windowFor(operator: string, value: number | undefined, now: number): TimeWindow {
  const today = startOfUtcDay(now);
  const n = value ?? 0;
  const period = PERIOD.exec(operator);
  if (period) {
    const unit = period[2] as 'week' | 'month' | 'year';
    const offset = period[1] === 'last' ? -1 : period[1] === 'next' ? 1 : 0;
    return { from: periodStart(now, unit, offset), to: periodStart(now, unit, offset + 1) };
  }
  const relative = RELATIVE.exec(operator);
  if (relative) {
    const unit = (relative[2] ?? '').slice(0, -1) as Unit;
    // Hours count from now; days and longer from the start of today, through the end of the last day.
    if (unit === 'hour') {
      return relative[1] === 'last'
        ? { from: add(now, -n, 'hour'), to: now, toInclusive: true }
        : { from: now, to: add(now, n, 'hour'), toInclusive: true };
    }
    return relative[1] === 'last'
      ? { from: add(today, -n, unit), to: now, toInclusive: true }
      : { from: now, to: add(today, n, unit) + DAY_MS };
  }
  const older = OLDER.exec(operator);
  if (older) return { to: add(now, -n, (older[1] ?? '').slice(0, -1) as Unit) };
  switch (operator) {
    case 'on':
      return { from: startOfUtcDay(n), to: startOfUtcDay(n) + DAY_MS };
    case 'on-or-after':
      return { from: startOfUtcDay(n) };
    case 'on-or-before':
      return { to: startOfUtcDay(n) + DAY_MS };
    case 'today':
      return { from: today, to: today + DAY_MS };
    case 'yesterday':
      return { from: today - DAY_MS, to: today };
    case 'tomorrow':
      return { from: today + DAY_MS, to: today + 2 * DAY_MS };
    case 'last-seven-days':
      return windowFor('last-x-days', 7, now);
    case 'next-seven-days':
      return windowFor('next-x-days', 7, now);
    default:
      throw new Error(`no time window for operator '${operator}'`);
  }
}
