import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who is calling: the `oid` claim of a bearer JWT when one is sent (service protection counts per user), else the
 * emulator's default integration user. Tokens are not verified: the emulator runs on loopback only.
 */
export function callerOf(headers: IncomingHttpHeaders, defaultUserId: string): string {
  const auth = headers.authorization;
  const token = typeof auth === 'string' && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '') : undefined;
  const payload = token?.split('.')[1];
  if (!payload) return defaultUserId;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { oid?: unknown };
    return typeof claims.oid === 'string' ? claims.oid : defaultUserId;
  } catch {
    return defaultUserId;
  }
}
