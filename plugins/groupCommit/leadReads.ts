import { chunkForIn, DataverseError, inFilter, type BatchResult, type QueryOptions } from '../../dataverse';
import { buildQuery } from '../../dataverse/client/odata/buildQuery';
import { LEAD } from '../../schema/names';

/** Leads per `In` over leadid, as the sweep's match queries take values (plugins/sweep/inLimits.ts). */
const LEAD_IN_LIMITS = { maxValues: 200, maxChars: 7_000 } as const;

/** The GETs that read a group's leads by id, `In` over chunks of ids, for one `$batch`. */
export function leadsByIdUrls(leadIds: readonly string[], query: Omit<QueryOptions, 'filter'>): string[] {
  const ids = [...new Set(leadIds.map((id) => id.toLowerCase()))];
  return chunkForIn(ids, LEAD_IN_LIMITS).map(
    (run) => LEAD.set + buildQuery({ ...query, filter: inFilter(LEAD.id, run) }),
  );
}

/** The lead rows of one such GET's answer inside the `$batch`. */
export function leadRowsOf<T extends { readonly leadid: string }>(result: BatchResult | undefined, url: string): T[] {
  if (!result || result.error) {
    throw (
      result?.error ??
      new DataverseError({ method: 'GET', url, summary: 'The $batch answer has no part for the leads' })
    );
  }
  const value =
    typeof result.json === 'object' && result.json !== null ? (result.json as { value?: unknown }).value : undefined;
  if (!Array.isArray(value)) {
    throw new DataverseError({ method: 'GET', url, summary: 'The lead query returned no "value" array' });
  }
  return value.filter((row): row is T => typeof (row as { leadid?: unknown } | null)?.leadid === 'string');
}
