import { AuthenticationError, DataverseConnectionError, DataverseError, ThrottledError } from '../../dataverse';

/**
 * What kind of failure a Dataverse call met, in words that carry no URL, id or message from below (an identity
 * provider's message names the app and tenant).
 */
export function describeDataverseFailure(error: unknown): string {
  if (error instanceof AuthenticationError) {
    return `no token (${error.errorCode ?? 'authentication failed'}): check the app registration, its credential and the application user`;
  }
  if (error instanceof ThrottledError) return 'throttled by the service protection limits';
  if (error instanceof DataverseConnectionError) return `no answer (${error.errorCode ?? 'connection failed'})`;
  if (error instanceof DataverseError) {
    return `HTTP ${error.status ?? '?'}${error.code === undefined ? '' : ` (${error.code})`}`;
  }
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  return 'an unexpected error; see the function log';
}
