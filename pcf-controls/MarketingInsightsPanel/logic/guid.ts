import { InvalidRecordIdError } from './InvalidRecordIdError';

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** Model-driven forms may hand out ids in braces and upper case; queries and comparisons use the bare lower-case form. */
export function normalizeGuid(entity: string, raw: string): string {
  const match = GUID.exec(raw.trim());
  if (!match?.[1]) throw new InvalidRecordIdError(entity, raw);
  return match[1].toLowerCase();
}

/** For ids read back from rows: the normalized id, or null when the value is absent or not a GUID. */
export function guidOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = GUID.exec(value.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}
