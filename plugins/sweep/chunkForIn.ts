/** Values per `In` query: SQL Server takes at most 2,100 parameters a statement, so stay far below. */
export const MAX_IN_VALUES = 200;
/**
 * URL characters the values of one `In` query may take. A plain GET must stay well inside the URL limits of the
 * servers on the way (the emulator's Node server refuses request lines past 16 KB); a GET inside `$batch` may be
 * longer, but one size for both keeps the request the same whichever way it goes.
 */
export const MAX_IN_CHARS = 7_000;

/** Splits values into runs for `Microsoft.Dynamics.CRM.In`, each within MAX_IN_VALUES and MAX_IN_CHARS once encoded. */
export function chunkForIn(values: readonly string[], maxValues = MAX_IN_VALUES, maxChars = MAX_IN_CHARS): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const value of values) {
    // The value as In() carries it: a JSON string, URL-encoded, plus the encoded comma.
    const cost = encodeURIComponent(JSON.stringify(value)).length + 3;
    if (current.length > 0 && (current.length >= maxValues || used + cost > maxChars)) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(value);
    used += cost;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Splits a list into runs of at most `size`, in order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`chunk size must be a whole number of at least 1, got ${size}`);
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
