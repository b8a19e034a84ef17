/**
 * Dataverse error codes the client acts on (the `error.code` of a Web API error body).
 * DuplicateRecord: https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
 * Service protection codes: https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
 */
export const DATAVERSE_ERROR_CODE = {
  /** A SQL integrity violation: a record with the same key exists. Answered with 412, not 409. */
  duplicateRecord: '0x80040237',
  /** DuplicateRecordEntityKey: an alternate key's values exist already. Also 412. */
  duplicateRecordEntityKey: '0x80060892',
  /** Service protection: number of requests over the 300 s window. */
  requestLimit: '0x80072322',
  /** Service protection: combined execution time over the 300 s window. */
  executionTimeLimit: '0x80072321',
  /** Service protection: concurrent requests. */
  concurrencyLimit: '0x80072326',
} as const;

/** Codes compare case-insensitively: `0x80040237` and `0x80040237`/`0X80040237` are the same code. */
export function sameErrorCode(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
