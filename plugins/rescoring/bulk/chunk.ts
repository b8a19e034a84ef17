/** Splits a list into runs of at most `size` items, in order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`chunk size must be a whole number of at least 1, got ${size}`);
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/**
 * Splits values for `Microsoft.Dynamics.CRM.In` filters so that each query's URL stays short: Dataverse refuses
 * URLs past 32 KB (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors),
 * and a value's cost here is its URL-encoded JSON text. `maxChars` leaves room for the rest of the query.
 */
export function chunkForFilter(values: readonly string[], maxChars = 8_000, maxValues = 500): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const value of values) {
    const cost = encodeURIComponent(JSON.stringify(value)).length + 3;
    if (current.length > 0 && (used + cost > maxChars || current.length >= maxValues)) {
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
