import type { ODataRecord } from '../../../dataverse';
import { AGGREGATE_ROW_LIMIT, SEGMENT_ERROR_CODE } from '../../../plugins/segments/dataverseCodes';
import type { Read } from '../read/Read';

/** An aggregate count: the number, "more than 50,000" past Dataverse's aggregate limit, or why it is unknown. */
export type Count =
  | { readonly kind: 'exact'; readonly value: number; readonly row: ODataRecord }
  | { readonly kind: 'moreThan'; readonly value: number }
  | { readonly kind: 'unknown'; readonly error: string };

export function countOf(read: Read<readonly ODataRecord[]>, alias: string): Count {
  if (!read.ok) {
    return read.code?.toLowerCase() === SEGMENT_ERROR_CODE.aggregateLimit
      ? { kind: 'moreThan', value: AGGREGATE_ROW_LIMIT }
      : { kind: 'unknown', error: read.error };
  }
  const row = read.value[0] ?? {};
  const value = row[alias];
  return typeof value === 'number' ? { kind: 'exact', value, row } : { kind: 'exact', value: 0, row };
}

export function describeCount(count: Exclude<Count, { kind: 'unknown' }>): string {
  return count.kind === 'exact'
    ? count.value.toLocaleString('en-US')
    : `more than ${count.value.toLocaleString('en-US')}`;
}
