import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { generate } from 'selfsigned';
import { loadDataverseConfig, type Environment } from '../../../../dataverse/config/loadDataverseConfig';
import { ConfigurationError } from '../../../../dataverse/errors/ConfigurationError';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = 'AAAAAAAA-bbbb-cccc-dddd-eeeeeeeeeeee';
const SECRET = 'cfg~Secret.value-123';
const BASE: Environment = {
  DATAVERSE_URL: 'https://contoso.crm.dynamics.com',
  AZURE_TENANT_ID: TENANT,
  AZURE_CLIENT_ID: CLIENT,
};

function failure(env: Environment): ConfigurationError {
  try {
    loadDataverseConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return err as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

const dir = mkdtempSync(join(tmpdir(), 'leadlink-config-'));
const pems = generate([{ name: 'commonName', value: 'leadlink-client' }], {
  keySize: 2048,
  days: 1,
  algorithm: 'sha256',
});
const other = generate([{ name: 'commonName', value: 'other' }], { keySize: 2048, days: 1, algorithm: 'sha256' });
function pemFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadDataverseConfig', () => {
  it('reads a client secret configuration, normalizing the URL and client id', () => {
    const config = loadDataverseConfig({
      ...BASE,
      DATAVERSE_URL: 'https://contoso.crm.dynamics.com/',
      AZURE_CLIENT_SECRET: SECRET,
    });
    expect(config.url).toBe('https://contoso.crm.dynamics.com');
    expect(config.authorityHost).toBe('https://login.microsoftonline.com');
    expect(config.credentials).toMatchObject({
      kind: 'clientSecret',
      tenantId: TENANT,
      clientId: CLIENT.toLowerCase(),
    });
    expect(config.credentials.kind === 'clientSecret' && config.credentials.clientSecret.reveal()).toBe(SECRET);
    // The secret does not print.
    for (const text of [
      JSON.stringify(config),
      inspect(config, { depth: 10 }),
      `${JSON.stringify(config.credentials)}`,
    ])
      expect(text).not.toContain(SECRET);
  });

  it('needs no credentials for an emulator on loopback, even over http', () => {
    for (const url of ['http://127.0.0.1:5555', 'http://localhost:8080/', 'http://[::1]:9000']) {
      expect(loadDataverseConfig({ DATAVERSE_URL: url }).credentials).toEqual({ kind: 'none' });
    }
  });

  it('reads a certificate PEM (key + certificate) and computes its thumbprints', () => {
    const path = pemFile('client.pem', `${pems.private}\n${pems.cert}`);
    const config = loadDataverseConfig({ ...BASE, AZURE_CLIENT_CERTIFICATE_PATH: path });
    expect(config.credentials.kind).toBe('certificate');
    if (config.credentials.kind !== 'certificate') return;
    const certificate = config.credentials.certificate;
    expect(certificate.thumbprintSha256).toMatch(/^[0-9A-F]{64}$/);
    expect(certificate.thumbprintSha1).toBe(pems.fingerprint.replace(/:/g, '').toUpperCase());
    expect(certificate.privateKey.reveal()).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(inspect(config, { depth: 10 })).not.toContain('PRIVATE KEY');
    // A matching configured thumbprint (SHA-1, with colons) is accepted.
    expect(() =>
      loadDataverseConfig({
        ...BASE,
        AZURE_CLIENT_CERTIFICATE_PATH: path,
        AZURE_CLIENT_CERTIFICATE_THUMBPRINT: pems.fingerprint,
      }),
    ).not.toThrow();
  });

  it('accepts a key-only PEM with a configured thumbprint', () => {
    const path = pemFile('key-only.pem', pems.private);
    const thumbprint = 'ab'.repeat(32);
    const config = loadDataverseConfig({
      ...BASE,
      AZURE_CLIENT_CERTIFICATE_PATH: path,
      AZURE_CLIENT_CERTIFICATE_THUMBPRINT: thumbprint,
    });
    expect(config.credentials.kind === 'certificate' && config.credentials.certificate.thumbprintSha256).toBe(
      thumbprint.toUpperCase(),
    );
  });

  it('reads managed identity, system- or user-assigned', () => {
    expect(
      loadDataverseConfig({ DATAVERSE_URL: BASE.DATAVERSE_URL, AZURE_USE_MANAGED_IDENTITY: 'true' }).credentials,
    ).toEqual({ kind: 'managedIdentity' });
    expect(
      loadDataverseConfig({
        DATAVERSE_URL: BASE.DATAVERSE_URL,
        AZURE_USE_MANAGED_IDENTITY: 'yes',
        AZURE_CLIENT_ID: CLIENT,
      }).credentials,
    ).toEqual({
      kind: 'managedIdentity',
      clientId: CLIENT.toLowerCase(),
    });
  });

  it('names the variable and the problem', () => {
    const cases: [Environment, string, RegExp][] = [
      [{}, 'DATAVERSE_URL', /not set/],
      [{ DATAVERSE_URL: 'contoso' }, 'DATAVERSE_URL', /not an absolute URL/],
      [{ DATAVERSE_URL: 'http://contoso.crm.dynamics.com' }, 'DATAVERSE_URL', /must use https/],
      [{ DATAVERSE_URL: 'https://contoso.crm.dynamics.com/api/data/v9.2' }, 'DATAVERSE_URL', /without a path/],
      [{ ...BASE, AZURE_TENANT_ID: undefined, AZURE_CLIENT_SECRET: SECRET }, 'AZURE_TENANT_ID', /not set/],
      [
        { ...BASE, AZURE_TENANT_ID: 'common', AZURE_CLIENT_SECRET: SECRET },
        'AZURE_TENANT_ID',
        /GUID, or a verified domain/,
      ],
      [{ ...BASE, AZURE_CLIENT_ID: '', AZURE_CLIENT_SECRET: SECRET }, 'AZURE_CLIENT_ID', /not set/],
      [{ ...BASE, AZURE_CLIENT_ID: 'my-app', AZURE_CLIENT_SECRET: SECRET }, 'AZURE_CLIENT_ID', /must be a GUID/],
      [BASE, 'AZURE_CLIENT_SECRET', /set AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH/],
      [{ ...BASE, AZURE_CLIENT_SECRET: `${SECRET} ` }, 'AZURE_CLIENT_SECRET', /whitespace/],
      [
        { ...BASE, AZURE_CLIENT_SECRET: SECRET, AZURE_CLIENT_CERTIFICATE_PATH: '/x.pem' },
        'AZURE_CLIENT_SECRET',
        /both set/,
      ],
      [
        { ...BASE, AZURE_CLIENT_CERTIFICATE_THUMBPRINT: 'ab'.repeat(20) },
        'AZURE_CLIENT_CERTIFICATE_THUMBPRINT',
        /PATH is not/,
      ],
      [
        { ...BASE, AZURE_USE_MANAGED_IDENTITY: 'maybe' },
        'AZURE_USE_MANAGED_IDENTITY',
        /must be true or false, got "maybe"/,
      ],
      [
        { ...BASE, AZURE_USE_MANAGED_IDENTITY: 'true', AZURE_CLIENT_SECRET: SECRET },
        'AZURE_USE_MANAGED_IDENTITY',
        /choose one/,
      ],
      [
        { ...BASE, AZURE_AUTHORITY_HOST: 'http://login.example', AZURE_CLIENT_SECRET: SECRET },
        'AZURE_AUTHORITY_HOST',
        /https/,
      ],
    ];
    for (const [env, variable, problem] of cases) {
      const error = failure(env);
      expect(error.variable).toBe(variable);
      expect(error.message.startsWith(`${variable}: `)).toBe(true);
      expect(error.message).toMatch(problem);
      expect(error.message).not.toContain(SECRET);
    }
  });

  it('explains what is wrong with a certificate file, never showing the key', () => {
    const cases: [string, string, RegExp, string?][] = [
      [join(dir, 'missing.pem'), 'AZURE_CLIENT_CERTIFICATE_PATH', /cannot read .*missing\.pem \(ENOENT\)/],
      [pemFile('cert-only.pem', pems.cert), 'AZURE_CLIENT_CERTIFICATE_PATH', /holds no PEM private key/],
      [
        pemFile('no-cert.pem', pems.private),
        'AZURE_CLIENT_CERTIFICATE_PATH',
        /holds no certificate; add it to the PEM or set AZURE_CLIENT_CERTIFICATE_THUMBPRINT/,
      ],
      [
        pemFile('mismatch.pem', `${other.private}\n${pems.cert}`),
        'AZURE_CLIENT_CERTIFICATE_PATH',
        /does not belong to its certificate/,
      ],
      [
        pemFile('encrypted.pem', '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n'),
        'AZURE_CLIENT_CERTIFICATE_PATH',
        /is encrypted/,
      ],
      [
        pemFile('ok.pem', `${pems.private}\n${pems.cert}`),
        'AZURE_CLIENT_CERTIFICATE_THUMBPRINT',
        /does not match the certificate/,
        'cd'.repeat(32),
      ],
      [
        pemFile('ok2.pem', `${pems.private}\n${pems.cert}`),
        'AZURE_CLIENT_CERTIFICATE_THUMBPRINT',
        /hex SHA-1 .* or SHA-256/,
        'not-hex',
      ],
    ];
    const keyBody = pems.private.split('\n')[1] ?? '';
    for (const [path, variable, problem, thumbprint] of cases) {
      const error = failure({
        ...BASE,
        AZURE_CLIENT_CERTIFICATE_PATH: path,
        ...(thumbprint && { AZURE_CLIENT_CERTIFICATE_THUMBPRINT: thumbprint }),
      });
      expect(error.variable).toBe(variable);
      expect(error.message).toMatch(problem);
      expect(error.message).not.toContain(keyBody);
    }
  });
});
