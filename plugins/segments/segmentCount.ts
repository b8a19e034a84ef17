/**
 * Runs one of compileSegment's count queries. Past Dataverse's 50,000-row aggregate limit the count is reported as a
 * lower bound rather than failing the whole preview.
 */
import type { DataverseClient } from '../../dataverse';
import { CONTACT } from '../../schema/names';
import { AGGREGATE_ROW_LIMIT, isDataverseError, SEGMENT_ERROR_CODE } from './dataverseCodes';
import { readSegmentCount } from './readSegmentCount';

/** A number of contacts, or "more than N" when Dataverse would not count that far. */
export type SegmentCount = number | { readonly moreThan: number };

export async function runSegmentCount(client: DataverseClient, countFetchXml: string): Promise<SegmentCount> {
  try {
    // An aggregate answers one row: the first page is the whole answer.
    for await (const page of client.fetchXmlPages(CONTACT.set, countFetchXml)) return readSegmentCount(page.rows);
    return readSegmentCount([]);
  } catch (error) {
    if (isDataverseError(error, SEGMENT_ERROR_CODE.aggregateLimit))
      return { moreThan: aggregateLimitOf(countFetchXml) };
    throw error;
  }
}

/** The query's own `aggregatelimit` (Fetch.xsd lets a query lower the limit), else Dataverse's. */
function aggregateLimitOf(fetchXml: string): number {
  const own = /^\s*<fetch\b[^>]*\saggregatelimit="(\d+)"/.exec(fetchXml)?.[1];
  return own === undefined ? AGGREGATE_ROW_LIMIT : Math.min(Number(own), AGGREGATE_ROW_LIMIT);
}

/** "3", or "more than 50,000". */
export function describeCount(count: SegmentCount): string {
  return typeof count === 'number'
    ? count.toLocaleString('en-US')
    : `more than ${count.moreThan.toLocaleString('en-US')}`;
}
