import { DataverseConnectionError } from './DataverseConnectionError';
import { DataverseError } from './DataverseError';
import { ThrottledError } from './ThrottledError';

/**
 * A failure of the request rather than a refusal of the record: throttling the client could not wait out, a server
 * fault (5xx), a lost connection. Trying again later may pass; trying each record alone now would only add load.
 */
export function isTransientError(error: unknown): boolean {
  if (error instanceof ThrottledError || error instanceof DataverseConnectionError) return true;
  return error instanceof DataverseError && error.status !== undefined && error.status >= 500;
}
