import type { ClientRequest } from 'node:http';
import { isConnectionReset } from './retryTiming';

/**
 * A request that went out on a kept-alive connection the server had just closed: reset before any answer. The server
 * never read it, so sending it again on a new connection is safe whatever the method — Node's own advice
 * (https://nodejs.org/api/http.html#requestreusedsocket). It costs no attempt of the retry policy.
 */
export function isStaleConnectionReset(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, request, response } = error as {
    code?: string;
    message?: string;
    request?: Partial<ClientRequest>;
    response?: unknown;
  };
  return response === undefined && request?.reusedSocket === true && isConnectionReset(code, message ?? '');
}
