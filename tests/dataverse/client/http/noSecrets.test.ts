/**
 * No secret leaks: with a real msal-node token (client secret → local HTTPS token endpoint), failures of every kind
 * are provoked against a local Dataverse stand-in; neither the client secret nor the bearer token may appear in any
 * error (message, toString, inspect, JSON) or any logged line or observer event.
 */
import { inspect } from 'node:util';
import { createConfidentialClientProvider } from '../../../../dataverse/auth/confidentialClientProvider';
import { DataverseClient } from '../../../../dataverse/client/DataverseClient';
import { Secret } from '../../../../dataverse/config/Secret';
import { dataverseError, startServer, type TestServer } from '../helpers/startServer';
import { startTokenServer, type TokenServer } from '../helpers/tokenServer';
import { trustingNetworkClient } from '../helpers/trustingNetworkClient';

const TENANT = '99999999-8888-7777-6666-555555555555';
const CLIENT = '12121212-3434-5656-7878-909090909090';
const SECRET = 'the.Client~Secret_9f3a';

describe('secrets stay out of errors and logs', () => {
  let tokens: TokenServer;
  let dataverse: TestServer;
  beforeAll(async () => {
    tokens = await startTokenServer({
      tenantId: TENANT,
      clientId: CLIENT,
      clientSecret: SECRET,
      accessToken: 'eyJhbGciOi.bearer-token-value',
    });
    dataverse = await startServer((request) => {
      const path = request.url.replace('/api/data/v9.2/', '');
      if (path.startsWith('unauthorized'))
        return dataverseError(401, '0x80072560', 'The user is not a member of the organization.');
      if (path.startsWith('throttled'))
        return dataverseError(429, '0x80072322', 'Number of requests exceeded the limit.', { 'Retry-After': '0' });
      if (path.startsWith('unavailable')) return dataverseError(503, '', 'Service Unavailable');
      if (path.startsWith('reset')) return { status: 0, reset: true };
      return dataverseError(500, '0x80040216', `An unexpected error occurred.`);
    });
  });
  afterAll(async () => {
    await dataverse.close();
    await tokens.close();
  });

  it('holds for every kind of failure', async () => {
    const lines: string[] = [];
    const client = new DataverseClient({
      url: dataverse.url,
      tokenProvider: createConfidentialClientProvider({
        environmentUrl: dataverse.url,
        authorityHost: tokens.origin,
        tenantId: TENANT,
        clientId: CLIENT,
        credential: { clientSecret: new Secret(SECRET) },
        msal: { ...tokens.msal, networkClient: trustingNetworkClient(tokens.caPem) },
      }),
      retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
      logger: (entry) => lines.push(JSON.stringify(entry)),
      observer: {
        onRequest: (event) => lines.push(JSON.stringify(event)),
        onResponse: (event) => lines.push(JSON.stringify(event)),
      },
    });
    const errors: unknown[] = [];
    for (const path of ['unauthorized', 'throttled', 'unavailable', 'reset', 'failure?code=webhook-key']) {
      errors.push(
        await client.request({ method: 'POST', url: path, json: { secret: 'x' } }).catch((err: unknown) => err),
      );
    }
    client.close();

    const bearer = tokens.tokensIssued[0] ?? '';
    expect(bearer).not.toBe('');
    // The token was really used…
    expect(dataverse.log.every((request) => request.headers.authorization === `Bearer ${bearer}`)).toBe(true);
    expect(lines.length).toBeGreaterThan(10);
    expect(errors).toHaveLength(5);
    // …and never shows.
    const texts = [
      ...lines,
      ...errors.flatMap((error) => [
        String(error),
        (error as Error).message,
        (error as Error).stack ?? '',
        inspect(error, { depth: 20, showHidden: true }),
        JSON.stringify(error),
      ]),
      inspect(client, { depth: 20, showHidden: true }),
    ];
    for (const text of texts) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(bearer);
      expect(text).not.toContain('webhook-key');
    }
  });
});
