/**
 * Reads the number from the answer to one of compileSegment's count queries: the Web API returns
 * `{"value": [{"contactcount": 12}]}` for `GET contacts?fetchXml=…`.
 */
import { SEGMENT_COUNT_ALIAS } from './compileSegment';

export function readSegmentCount(rows: readonly Readonly<Record<string, unknown>>[]): number {
  const value = rows[0]?.[SEGMENT_COUNT_ALIAS];
  if (rows.length !== 1 || typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(
      `Expected one row with a whole number in '${SEGMENT_COUNT_ALIAS}' from a segment count query, got ${rows.length} row(s) and ${typeof value} in it`,
    );
  }
  return value;
}
