import { DataverseConnectionError, DataverseError, ThrottledError } from '../../dataverse';

/**
 * A failure of the request itself — throttling the client could not wait out, a server fault, a lost connection —
 * as opposed to Dataverse refusing a record. It stops the run (every write so far is whole; a rerun resumes):
 * trying each record alone would only send more requests into the same trouble.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof ThrottledError || error instanceof DataverseConnectionError) return true;
  return error instanceof DataverseError && error.status !== undefined && error.status >= 500;
}
