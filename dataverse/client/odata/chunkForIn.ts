/**
 * Splits values for `Microsoft.Dynamics.CRM.In` filters so each query stays short: Dataverse refuses URLs past 32 KB
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors) and SQL
 * Server takes at most 2,100 parameters a statement. A value costs its URL-encoded JSON text plus the encoded comma;
 * `maxChars` leaves room for the rest of the query. A value longer than `maxChars` goes alone.
 */
export interface InChunkLimits {
  readonly maxValues?: number;
  readonly maxChars?: number;
}

export function chunkForIn(
  values: readonly string[],
  { maxValues = 500, maxChars = 8_000 }: InChunkLimits = {},
): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const value of values) {
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
