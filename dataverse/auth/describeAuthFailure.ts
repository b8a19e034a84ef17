/**
 * Turns an msal-node failure into an AuthenticationError whose message names the credential and the identity
 * provider's error, with any secret we hold scrubbed out in case a message ever echoed it.
 */
import { AuthenticationError } from '../errors/AuthenticationError';

export function describeAuthFailure(err: unknown, what: string, secrets: readonly string[]): AuthenticationError {
  const errorCode = readString(err, 'errorCode');
  const detail =
    (readString(err, 'errorMessage') ?? (err instanceof Error ? err.message : String(err))).split(/\r?\n/)[0] ?? '';
  let message = `Could not get a Dataverse token (${what})${errorCode ? `: ${errorCode}` : ''}${detail ? ` — ${detail}` : ''}`;
  for (const secret of secrets) {
    if (secret.length > 0) message = message.split(secret).join('[redacted]');
  }
  return new AuthenticationError(message, errorCode);
}

function readString(err: unknown, key: string): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const value = (err as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
