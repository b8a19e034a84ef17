/**
 * msal-node's ManagedIdentityApplication for real, through the App Service / Functions identity endpoint
 * (IDENTITY_ENDPOINT + IDENTITY_HEADER), served locally. The resource asked for is the environment URL.
 */
import { createManagedIdentityProvider } from '../../../../dataverse/auth/managedIdentityProvider';
import { AuthenticationError } from '../../../../dataverse/errors/AuthenticationError';
import { json, startServer, type TestServer } from '../helpers/startServer';

const IDENTITY_HEADER = 'local-identity-header-value';
const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };

describe('managed identity (msal-node) through the App Service identity endpoint', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((request) => {
      const query = new URLSearchParams(request.url.split('?')[1]);
      if (request.headers['x-identity-header'] !== IDENTITY_HEADER) return json(401, { error: 'bad header' });
      if (query.get('client_id') === 'ffffffff-ffff-ffff-ffff-ffffffffffff') {
        return json(400, {
          statusCode: 400,
          message:
            'No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.',
        });
      }
      return json(200, {
        access_token: `mi-token-for-${query.get('resource')}`,
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource: query.get('resource'),
        token_type: 'Bearer',
      });
    });
    process.env.IDENTITY_ENDPOINT = `${server.url}/msi/token`;
    process.env.IDENTITY_HEADER = IDENTITY_HEADER;
  });
  afterAll(async () => {
    if (saved.endpoint === undefined) delete process.env.IDENTITY_ENDPOINT;
    else process.env.IDENTITY_ENDPOINT = saved.endpoint;
    if (saved.header === undefined) delete process.env.IDENTITY_HEADER;
    else process.env.IDENTITY_HEADER = saved.header;
    await server.close();
  });

  it('asks for the environment URL as resource and caches the token', async () => {
    const provider = createManagedIdentityProvider({ environmentUrl: 'https://contoso.crm.dynamics.com/' });
    expect(await provider.getToken()).toBe('mi-token-for-https://contoso.crm.dynamics.com');
    expect(await provider.getToken()).toBe('mi-token-for-https://contoso.crm.dynamics.com');
    expect(server.log).toHaveLength(1);
    expect(server.log[0]?.url).toMatch(/^\/msi\/token\?/);
    expect(provider.description).toBe('system-assigned managed identity');
  });

  it('passes a user-assigned client id, and reports a failure as AuthenticationError', async () => {
    const provider = createManagedIdentityProvider({
      environmentUrl: 'https://contoso.crm.dynamics.com',
      clientId: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
    });
    const error = await provider.getToken().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('user-assigned managed identity ffffffff-ffff-ffff-ffff-ffffffffffff');
    expect(new URLSearchParams(server.log.at(-1)?.url.split('?')[1]).get('client_id')).toBe(
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
    );
  });
});
