import { LIMITS, PREFERENCE } from '../names';
import { AnnotationFilter } from './AnnotationFilter';

/**
 * Splits a `Prefer` header (RFC 7240) into preferences: `odata.include-annotations="*", odata.maxpagesize=10`.
 * Names are case-insensitive; quoted values may contain commas. Repeated headers arrive joined with ", ".
 */
export function parsePreferHeader(header: string | undefined): Map<string, string> {
  const preferences = new Map<string, string>();
  if (!header) return preferences;
  let current = '';
  let quoted = false;
  const flush = () => {
    const [nameValue = ''] = current.split(';');
    const eq = nameValue.indexOf('=');
    const name = (eq < 0 ? nameValue : nameValue.slice(0, eq)).trim().toLowerCase();
    const value =
      eq < 0
        ? ''
        : nameValue
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/s, '$1');
    if (name && !preferences.has(name)) preferences.set(name, value);
    current = '';
  };
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) flush();
    else current += ch;
  }
  flush();
  return preferences;
}

/** `Prefer: odata.include-annotations="…"` as a filter; no preference means no annotations. */
export function parseAnnotationPreference(header: string | undefined): AnnotationFilter {
  const value = parsePreferHeader(header).get(PREFERENCE.includeAnnotations);
  return value === undefined ? AnnotationFilter.none : new AnnotationFilter(value.split(','));
}

/**
 * `Prefer: odata.maxpagesize=n`. A page size above 5,000 is served as 5,000 ("You can't request a page size larger
 * than 5,000", page-results.md); a value that is not a positive integer is ignored, as RFC 7240 lets a server ignore
 * a preference it cannot honour.
 */
export function parseMaxPageSize(header: string | undefined): number | undefined {
  const value = parsePreferHeader(header).get(PREFERENCE.maxPageSize);
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n < 1 ? undefined : Math.min(n, LIMITS.maxPageSize);
}
