/**
 * msal-node with its own network client (fetch), as in production. fetch trusts extra CAs only through
 * NODE_EXTRA_CA_CERTS read at process start, so the provider runs in a child Node process that trusts the local
 * token endpoint's self-signed certificate; the TypeScript sources are loaded there with TypeScript's transpiler.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startTokenServer, type TokenServer } from '../helpers/tokenServer';

const TENANT = 'contoso.onmicrosoft.com';
const CLIENT = '0f0f0f0f-1111-2222-3333-444444444444';
const SECRET = 'child-process-secret~value';
const ROOT = resolve(__dirname, '../../../..');

const CHILD = `
const fs = require('node:fs');
const ts = require('typescript');
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};
const input = JSON.parse(process.env.TEST_INPUT);
const { createConfidentialClientProvider } = require(input.root + '/dataverse/auth/confidentialClientProvider.ts');
const { Secret } = require(input.root + '/dataverse/config/Secret.ts');
const provider = createConfidentialClientProvider({
  environmentUrl: input.environmentUrl,
  authorityHost: input.authorityHost,
  tenantId: input.tenantId,
  clientId: input.clientId,
  credential: { clientSecret: new Secret(input.secret) },
  msal: input.msal,
});
provider.getToken().then(
  (token) => process.stdout.write(JSON.stringify({ token })),
  (err) => process.stdout.write(JSON.stringify({ error: err.name + ': ' + err.message })),
);
`;

describe("confidential client with msal-node's default network client", () => {
  let server: TokenServer;
  beforeAll(async () => {
    server = await startTokenServer({
      tenantId: TENANT,
      clientId: CLIENT,
      clientSecret: SECRET,
      accessToken: 'eyJ.child-token',
    });
  });
  afterAll(() => server.close());

  it('gets a token over HTTPS when the CA is trusted through NODE_EXTRA_CA_CERTS', async () => {
    const caFile = join(mkdtempSync(join(tmpdir(), 'leadlink-ca-')), 'ca.pem');
    writeFileSync(caFile, server.caPem);
    const input = {
      root: ROOT,
      environmentUrl: 'https://contoso.crm4.dynamics.com',
      authorityHost: server.origin,
      tenantId: TENANT,
      clientId: CLIENT,
      secret: SECRET,
      msal: server.msal,
    };
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', CHILD], {
      cwd: ROOT,
      env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile, TEST_INPUT: JSON.stringify(input) },
      timeout: 120_000, // generous: starting Node on a busy machine is slow, never wrong
    });
    expect(JSON.parse(stdout)).toEqual({ token: server.tokensIssued[0] });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.form).toMatchObject({
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: SECRET,
    });
    expect(server.requests[0]?.form.scope?.split(' ')).toContain('https://contoso.crm4.dynamics.com/.default');
  });
});
