/**
 * A date and time a sender gives LeadLink (an interaction's `occurredOn`, a submission's `submittedOn`), read
 * strictly so a bad one is refused before anything is written, never shifted into another day.
 *
 * Accepted: the ISO 8601 extended form as RFC 3339 §5.6 profiles it — `YYYY-MM-DDThh:mm`, then optionally `:ss` and a
 * fraction of 1 to 7 digits (Dataverse keeps .NET ticks, 100 ns; LeadLink keeps milliseconds), then a zone that is
 * required: `Z` or `±hh:mm`. `T` and `Z` are upper case. Refused: a day the month does not have (`2026-02-30`,
 * `2025-02-29`), hour 24 and second 60, an offset beyond ±14:00 (the range .NET's DateTimeOffset accepts,
 * https://learn.microsoft.com/dotnet/api/system.datetimeoffset.-ctor), and an instant outside Dataverse's range:
 * "All date and time columns in Dataverse support values as early as 1/1/1753 12:00 AM"
 * (https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute), up to the
 * end of 9999, .NET's DateTime.MaxValue (https://learn.microsoft.com/dotnet/api/system.datetime.maxvalue). The range
 * applies to the UTC instant, which is what Dataverse stores: `1753-01-01T00:30:00+01:00` is 1752 in UTC, refused.
 */
import { describeInput } from './problemList';

export type ParsedDateTime =
  | { readonly ok: true; /** UTC, `…T…Z` with milliseconds. */ readonly iso: string; readonly ms: number }
  | { readonly ok: false; /** What is wrong, for "<field>: <problem>". */ readonly problem: string };

export const EARLIEST_DATAVERSE_INSTANT = Date.UTC(1753, 0, 1);
export const LATEST_DATAVERSE_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** ±14:00, in minutes. */
const MAX_OFFSET_MINUTES = 14 * 60;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function parseDateTime(value: unknown): ParsedDateTime {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const parts = text === undefined ? null : SHAPE.exec(text);
  if (text === undefined || parts === null) {
    return fail(
      `must be an ISO 8601 date and time with a time zone, e.g. 2026-05-01T10:00:00Z; got ${describeInput(value)}`,
    );
  }
  const field = (index: number): number => Number(parts[index] ?? '0');
  const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  const millis = Number((parts[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12) return fail(`${text} has no month ${parts[2] ?? ''}: months run 01 to 12`);
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    return fail(`${text} is not a date: ${MONTHS[month - 1] ?? ''} ${year} has ${days} days`);
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return fail(`${text} is not a time of day: hours run 00 to 23, minutes and seconds 00 to 59`);
  }
  const offset = parts[8] === 'Z' ? 0 : offsetMinutes(parts[9], parts[10], parts[11]);
  if (offset === undefined || Math.abs(offset) > MAX_OFFSET_MINUTES) {
    return fail(`${text} has a time zone offset beyond ±14:00`);
  }
  const ms = utcMilliseconds(year, month, day, hour, minute, second, millis) - offset * 60_000;
  if (ms < EARLIEST_DATAVERSE_INSTANT) return fail(`${text} is before 1753-01-01, the earliest date Dataverse stores`);
  if (ms > LATEST_DATAVERSE_INSTANT) return fail(`${text} is after 9999-12-31, the latest date Dataverse stores`);
  return { ok: true, iso: new Date(ms).toISOString(), ms };
}

function fail(problem: string): ParsedDateTime {
  return { ok: false, problem };
}

/** Gregorian calendar, proleptic before 1582 like ISO 8601 (only 1753 on matters for Dataverse). */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function offsetMinutes(sign: string | undefined, hours: string | undefined, minutes: string | undefined) {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (h * 60 + m);
}

/** Date.UTC reads years 0–99 as 1900–1999; setting the full year avoids that for year 0001 and the like. */
function utcMilliseconds(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}
