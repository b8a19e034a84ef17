import { DataverseConnectionError, DataverseError, ThrottledError } from '../../../dataverse';

/**
 * Whether a failed write may pass when tried again later (throttling, a server or connection fault): then the
 * caller reports it as transient instead of trying the records one by one.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ThrottledError || error instanceof DataverseConnectionError) return true;
  return error instanceof DataverseError && error.status !== undefined && error.status >= 500;
}
