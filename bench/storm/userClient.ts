import { DataverseClient } from '../../dataverse';

/**
 * A client calling as `userId`: the emulator reads the caller from the bearer token's `oid` claim and counts service
 * protection per user, without checking signatures (it runs on loopback only).
 */
export function userClient(url: string, userId: string, concurrency = 8): DataverseClient {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ oid: userId })}.`;
  return new DataverseClient({
    url,
    tokenProvider: { description: `bench user ${userId}`, getToken: async () => token },
    concurrency,
  });
}
