import { isTransientError } from '../../dataverse';

/**
 * Whether a failure may pass if tried again later: a transient Dataverse failure (throttling, a server or connection
 * fault) or running out of time. The webhook answers these with 503 so Dataverse tries once more; the sweep catches
 * what that misses.
 */
export function isTransient(error: unknown): boolean {
  if (isTransientError(error)) return true;
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'BudgetExceededError');
}
