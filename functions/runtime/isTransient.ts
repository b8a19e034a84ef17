import { DataverseConnectionError } from '../../dataverse/errors/DataverseConnectionError';
import { DataverseError } from '../../dataverse/errors/DataverseError';
import { ThrottledError } from '../../dataverse/errors/ThrottledError';

const TRANSIENT_STATUSES = new Set([429, 500, 502, 503, 504]);

/**
 * Whether a failure may pass if tried again later: throttling, a server or connection fault, or running out of
 * time. The webhook answers these with 503 so Dataverse tries once more; the sweep catches what that misses.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof ThrottledError || error instanceof DataverseConnectionError) return true;
  if (error instanceof DataverseError) return error.status !== undefined && TRANSIENT_STATUSES.has(error.status);
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'BudgetExceededError');
}
