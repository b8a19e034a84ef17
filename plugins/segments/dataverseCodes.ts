/**
 * Dataverse error codes the segment runner acts on (the `error.code` of a Web API error body), compared
 * case-insensitively.
 */
import { DataverseError } from '../../dataverse';

export const SEGMENT_ERROR_CODE = {
  /**
   * "Resource not found for the segment '…'": the path names nothing the service has — for EntityDefinitions, a
   * server without the metadata API (Troubleshoot Dataverse Web API client errors,
   * https://learn.microsoft.com/troubleshoot/power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors).
   */
  resourceNotFound: '0x8006088a',
  /**
   * AggregateQueryRecordLimit exceeded: an aggregate FetchXML query read more than 50,000 rows
   * (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data, "Limitations").
   */
  aggregateLimit: '0x8004e023',
} as const;

/** The row limit of aggregate queries that `aggregateLimit` reports. */
export const AGGREGATE_ROW_LIMIT = 50_000;

export function isDataverseError(error: unknown, code: string, status?: number): error is DataverseError {
  return (
    error instanceof DataverseError &&
    error.code?.toLowerCase() === code.toLowerCase() &&
    (status === undefined || error.status === status)
  );
}
