/**
 * The msal-node ConfidentialClientApplication path for real: msal builds the client credentials request, our local
 * HTTPS token endpoint checks it, msal parses and caches the answer. No jest.mock anywhere.
 */
import { inspect } from 'node:util';
import { createConfidentialClientProvider } from '../../../../dataverse/auth/confidentialClientProvider';
import { readCertificate } from '../../../../dataverse/config/readCertificate';
import { Secret } from '../../../../dataverse/config/Secret';
import { AuthenticationError } from '../../../../dataverse/errors/AuthenticationError';
import { selfSignedFor127, startTokenServer, type TokenServer } from '../helpers/tokenServer';
import { trustingNetworkClient } from '../helpers/trustingNetworkClient';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const SECRET = 'Sup3r~Secret.Value_that-must-never-leak';
const DATAVERSE = 'https://contoso.crm.dynamics.com';

describe('confidential client (msal-node) against a local HTTPS token endpoint', () => {
  let server: TokenServer;
  const certificate = selfSignedFor127();

  beforeAll(async () => {
    server = await startTokenServer({
      tenantId: TENANT,
      clientId: CLIENT,
      clientSecret: SECRET,
      clientCertificatePem: certificate.cert,
      accessToken: 'eyJ.test-access-token',
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  it("gets a token with a client secret for <url>/.default, and reuses it from msal's cache", async () => {
    const network = trustingNetworkClient(server.caPem);
    const provider = createConfidentialClientProvider({
      environmentUrl: DATAVERSE,
      authorityHost: server.origin,
      tenantId: TENANT,
      clientId: CLIENT,
      credential: { clientSecret: new Secret(SECRET) },
      msal: { ...server.msal, networkClient: network },
    });
    const token = await provider.getToken();
    expect(token).toBe(server.tokensIssued[0]);
    expect(server.requests).toHaveLength(1);
    const form = server.requests[0]?.form;
    expect(form).toMatchObject({ grant_type: 'client_credentials', client_id: CLIENT, client_secret: SECRET });
    expect(form?.scope?.split(' ')).toContain(`${DATAVERSE}/.default`);
    // Nothing but our token endpoint was contacted: the metadata came from configuration.
    expect(network.urls.every((url) => url.startsWith(`${server.origin}/${TENANT}/oauth2/v2.0/token`))).toBe(true);

    expect(await provider.getToken()).toBe(token);
    expect(server.requests).toHaveLength(1);
    expect(provider.description).not.toContain(SECRET);
  });

  it('shares one msal application per credential in the process, and one token request among concurrent callers', async () => {
    // A server of its own, so the credential (authority) is fresh and msal's cache starts empty.
    const fresh = await startTokenServer({
      tenantId: TENANT,
      clientId: CLIENT,
      clientSecret: SECRET,
      accessToken: 'eyJ.shared',
    });
    const make = () =>
      createConfidentialClientProvider({
        environmentUrl: DATAVERSE,
        authorityHost: fresh.origin,
        tenantId: TENANT,
        clientId: CLIENT,
        credential: { clientSecret: new Secret(SECRET) },
        msal: { ...fresh.msal, networkClient: trustingNetworkClient(fresh.caPem) },
      });
    const [a, b] = [make(), make()];
    const tokens = await Promise.all([a.getToken(), b.getToken(), a.getToken(), make().getToken()]);
    await fresh.close();
    expect(fresh.tokensIssued).toHaveLength(1);
    expect(tokens).toEqual(Array(4).fill(fresh.tokensIssued[0]));
  });

  it('signs a client assertion with the certificate key (x5t#S256 = the SHA-256 thumbprint)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlink-cert-'));
    const path = join(dir, 'client.pem');
    writeFileSync(path, `${certificate.key}\n${certificate.cert}`);
    const clientCertificate = readCertificate(path, undefined);
    const provider = createConfidentialClientProvider({
      environmentUrl: DATAVERSE,
      authorityHost: server.origin,
      tenantId: TENANT,
      clientId: CLIENT,
      credential: { certificate: clientCertificate },
      msal: { ...server.msal, networkClient: trustingNetworkClient(server.caPem) },
    });
    const token = await provider.getToken();
    expect(token).toBe(server.tokensIssued.at(-1));
    const request = server.requests[0];
    expect(request?.form.client_secret).toBeUndefined();
    expect(request?.assertion?.signatureValid).toBe(true);
    expect(request?.assertion?.header['x5t#S256']).toBe(
      Buffer.from(clientCertificate.thumbprintSha256 ?? '', 'hex').toString('base64url'),
    );
    expect(request?.assertion?.payload).toMatchObject({
      iss: CLIENT,
      sub: CLIENT,
      aud: `${server.origin}/${TENANT}/oauth2/v2.0/token`,
    });
  });

  it('reports a rejected secret as AuthenticationError, without the secret', async () => {
    const wrong = `${SECRET}-wrong`;
    const provider = createConfidentialClientProvider({
      environmentUrl: DATAVERSE,
      authorityHost: server.origin,
      tenantId: TENANT,
      clientId: CLIENT,
      credential: { clientSecret: new Secret(wrong) },
      msal: { ...server.msal, networkClient: trustingNetworkClient(server.caPem) },
    });
    const error = await provider.getToken().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).errorCode).toBe('invalid_client');
    expect((error as Error).message).toContain('AADSTS7000215');
    expect((error as Error).message).toContain(`client credentials with a client secret for app ${CLIENT}`);
    for (const text of [
      (error as Error).message,
      String(error),
      inspect(error, { depth: 10 }),
      JSON.stringify(error),
    ]) {
      expect(text).not.toContain(SECRET);
    }
  });
});
