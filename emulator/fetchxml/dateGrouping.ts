import type { DateGrouping } from './fetchQuery';

/**
 * The date part a `dategrouping` groups by, as SQL Server's DATEPART computes it in UTC: week counts from the week
 * holding January 1st, weeks starting on Sunday ("Aggregate data using FetchXml": 3/25/2023 is week 12).
 */
export function datePart(grouping: DateGrouping, ms: number): number {
  const d = new Date(ms);
  const month = d.getUTCMonth() + 1;
  switch (grouping) {
    case 'day':
      return d.getUTCDate();
    case 'month':
      return month;
    case 'quarter':
      return Math.floor((month - 1) / 3) + 1;
    case 'year':
      return d.getUTCFullYear();
    case 'week': {
      const january1 = Date.UTC(d.getUTCFullYear(), 0, 1);
      const dayOfYear = Math.floor((ms - january1) / 86_400_000);
      return Math.floor((dayOfYear + new Date(january1).getUTCDay()) / 7) + 1;
    }
    case 'fiscal-period':
    case 'fiscal-year':
      throw new Error(`dategrouping '${grouping}' is not computed by the emulator`);
  }
}
