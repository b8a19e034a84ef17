import { parsePreferHeader } from '../odata';
import { PREFERENCE } from '../odata/names';

/** What a handler honoured of the request's `Prefer` header. */
export interface AppliedPreferences {
  /** The annotations were served as asked (`odata.include-annotations`). */
  readonly annotations?: boolean;
  /** The page size served (`odata.maxpagesize`, capped at 5,000). */
  readonly maxPageSize?: number;
  /** The row came back in the body (`return=representation`). */
  readonly representation?: boolean;
}

const RETURN_REPRESENTATION = 'return=representation';

/**
 * The `Preference-Applied` header (RFC 7240) Dataverse answers with: it echoes `odata.include-annotations="…"` as
 * asked (select-columns.md), `odata.maxpagesize=n` on each page (page-results.md) and `return=representation` on a
 * write that returns the row (create-entity-web-api.md). No header when nothing was applied.
 */
export function preferenceApplied(prefer: string | undefined, applied: AppliedPreferences): Record<string, string> {
  const preferences = parsePreferHeader(prefer);
  const out: string[] = [];
  if (applied.representation) out.push(RETURN_REPRESENTATION);
  const annotations = preferences.get(PREFERENCE.includeAnnotations);
  if (applied.annotations && annotations !== undefined) out.push(`${PREFERENCE.includeAnnotations}="${annotations}"`);
  if (applied.maxPageSize !== undefined && preferences.has(PREFERENCE.maxPageSize)) {
    out.push(`${PREFERENCE.maxPageSize}=${applied.maxPageSize}`);
  }
  return out.length > 0 ? { 'Preference-Applied': out.join(', ') } : {};
}
