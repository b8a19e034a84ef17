/** A field value for a report line: `(none)` for null or empty, lists and text as they are. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  return String(value);
}

/** `field: before → after` */
export function changeLine(field: string, before: unknown, after: unknown): string {
  return `${field}: ${describeValue(before)} → ${describeValue(after)}`;
}

/** Lookup values come back as GUID text; compare them without regard to case. */
export function sameId(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}
