import { parseDateTime } from '../../../plugins/common/parseDateTime';

const iso = (value: unknown) => {
  const parsed = parseDateTime(value);
  if (!parsed.ok) throw new Error(`expected ${String(value)} to be accepted: ${parsed.problem}`);
  return parsed.iso;
};
const problem = (value: unknown) => {
  const parsed = parseDateTime(value);
  if (parsed.ok) throw new Error(`expected ${String(value)} to be refused, got ${parsed.iso}`);
  return parsed.problem;
};

describe('parseDateTime', () => {
  it('reads the RFC 3339 forms into a UTC instant: seconds and fractions optional, a zone required', () => {
    expect(iso('2026-05-01T10:00Z')).toBe('2026-05-01T10:00:00.000Z');
    expect(iso('2026-05-01T10:00:00+02:00')).toBe('2026-05-01T08:00:00.000Z');
    expect(iso(' 2026-05-01T10:00:00.1234567-05:30 ')).toBe('2026-05-01T15:30:00.123Z');
    expect(iso('2024-02-29T23:59:59Z')).toBe('2024-02-29T23:59:59.000Z');
    expect(iso('2000-02-29T00:00:00Z')).toBe('2000-02-29T00:00:00.000Z');
  });

  it.each([
    ['2026-02-30T10:00:00Z', '2026-02-30T10:00:00Z is not a date: February 2026 has 28 days'],
    ['2025-02-29T10:00:00Z', '2025-02-29T10:00:00Z is not a date: February 2025 has 28 days'],
    ['1900-02-29T10:00:00Z', '1900-02-29T10:00:00Z is not a date: February 1900 has 28 days'],
    ['2026-04-31T10:00:00Z', '2026-04-31T10:00:00Z is not a date: April 2026 has 30 days'],
    ['2026-01-00T10:00:00Z', '2026-01-00T10:00:00Z is not a date: January 2026 has 31 days'],
    ['2026-13-01T10:00:00Z', '2026-13-01T10:00:00Z has no month 13: months run 01 to 12'],
    [
      '2026-05-01T24:00:00Z',
      '2026-05-01T24:00:00Z is not a time of day: hours run 00 to 23, minutes and seconds 00 to 59',
    ],
    [
      '2026-05-01T10:60:00Z',
      '2026-05-01T10:60:00Z is not a time of day: hours run 00 to 23, minutes and seconds 00 to 59',
    ],
    [
      '2026-12-31T23:59:60Z',
      '2026-12-31T23:59:60Z is not a time of day: hours run 00 to 23, minutes and seconds 00 to 59',
    ],
    ['2026-05-01T10:00:00+15:00', '2026-05-01T10:00:00+15:00 has a time zone offset beyond ±14:00'],
    ['2026-05-01T10:00:00+01:60', '2026-05-01T10:00:00+01:60 has a time zone offset beyond ±14:00'],
  ])('refuses %s, a moment that does not exist, instead of shifting it', (value, message) => {
    expect(problem(value)).toBe(message);
  });

  it('holds the UTC instant to Dataverse’s range, 1753-01-01 to 9999-12-31', () => {
    const before = 'is before 1753-01-01, the earliest date Dataverse stores';
    expect(problem('0001-01-01T00:00:00Z')).toBe(`0001-01-01T00:00:00Z ${before}`);
    expect(problem('0099-06-01T00:00:00Z')).toBe(`0099-06-01T00:00:00Z ${before}`);
    expect(problem('1752-12-31T23:59:59.999Z')).toBe(`1752-12-31T23:59:59.999Z ${before}`);
    expect(problem('1753-01-01T00:30:00+01:00')).toBe(`1753-01-01T00:30:00+01:00 ${before}`);
    expect(iso('1753-01-01T00:00:00Z')).toBe('1753-01-01T00:00:00.000Z');
    expect(iso('1752-12-31T23:30:00-01:00')).toBe('1753-01-01T00:30:00.000Z');
    expect(iso('9999-12-31T23:59:59Z')).toBe('9999-12-31T23:59:59.000Z');
    expect(problem('9999-12-31T23:59:59-01:00')).toBe(
      '9999-12-31T23:59:59-01:00 is after 9999-12-31, the latest date Dataverse stores',
    );
  });

  it.each([
    ['2026-05-01', '"2026-05-01"'],
    ['2026-05-01T10:00:00', '"2026-05-01T10:00:00"'],
    ['2026-05-01 10:00:00Z', '"2026-05-01 10:00:00Z"'],
    ['2026-05-01t10:00:00z', '"2026-05-01t10:00:00z"'],
    ['+002026-05-01T10:00:00Z', '"+002026-05-01T10:00:00Z"'],
    ['2026-05-01T10:00:00.12345678Z', '"2026-05-01T10:00:00.12345678Z"'],
    [1714557600000, 'number 1714557600000'],
    [null, 'null'],
    ['x'.repeat(100), `"${'x'.repeat(60)}…"`],
  ])('refuses %p, which is not one of the accepted forms, showing at most 60 characters of it', (value, shown) => {
    expect(problem(value)).toBe(
      `must be an ISO 8601 date and time with a time zone, e.g. 2026-05-01T10:00:00Z; got ${shown}`,
    );
  });
});
