/**
 * Reads the Dataverse connection settings from environment variables and checks them. Every error names the
 * variable and what is wrong with it, and never repeats a secret.
 *
 *   DATAVERSE_URL                        environment URL (https; http only for a loopback emulator, which needs no credentials)
 *   AZURE_TENANT_ID, AZURE_CLIENT_ID     the app registration (application user) in Microsoft Entra ID
 *   AZURE_CLIENT_SECRET                  its client secret, or
 *   AZURE_CLIENT_CERTIFICATE_PATH        a PEM with its private key (+ certificate, or AZURE_CLIENT_CERTIFICATE_THUMBPRINT)
 *   AZURE_USE_MANAGED_IDENTITY=true      use the host's managed identity instead (AZURE_CLIENT_ID = user-assigned one)
 *   AZURE_AUTHORITY_HOST                 optional, e.g. https://login.microsoftonline.us for a sovereign cloud
 */
import { ConfigurationError } from '../errors/ConfigurationError';
import type { DataverseConfig, DataverseCredentials } from './DataverseConfig';
import { isLoopbackHost } from './isLoopbackHost';
import { readCertificate } from './readCertificate';
import { Secret } from './Secret';

export type Environment = Readonly<Record<string, string | undefined>>;

const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i;

export function loadDataverseConfig(env: Environment = process.env): DataverseConfig {
  const url = readDataverseUrl(env);
  const authorityHost = readAuthorityHost(env);
  if (isLoopbackHost(url.hostname)) return { url: url.origin, authorityHost, credentials: { kind: 'none' } };
  return { url: url.origin, authorityHost, credentials: readCredentials(env) };
}

function value(env: Environment, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw;
}

function readDataverseUrl(env: Environment): URL {
  const raw = value(env, 'DATAVERSE_URL');
  if (raw === undefined) {
    throw new ConfigurationError(
      'DATAVERSE_URL',
      'not set; set it to the environment URL, e.g. https://contoso.crm.dynamics.com',
    );
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigurationError(
      'DATAVERSE_URL',
      'is not an absolute URL; expected e.g. https://contoso.crm.dynamics.com',
    );
  }
  if (url.username || url.password) {
    throw new ConfigurationError('DATAVERSE_URL', 'must not contain a user name or password');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new ConfigurationError(
      'DATAVERSE_URL',
      `must use https (http is allowed only for a local emulator), got ${url.protocol}//${url.host}`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigurationError(
      'DATAVERSE_URL',
      `must be the environment root without a path or query, e.g. ${url.origin}`,
    );
  }
  return url;
}

function readAuthorityHost(env: Environment): string {
  const raw = value(env, 'AZURE_AUTHORITY_HOST');
  if (raw === undefined) return DEFAULT_AUTHORITY_HOST;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigurationError(
      'AZURE_AUTHORITY_HOST',
      'is not an absolute URL; expected e.g. https://login.microsoftonline.com',
    );
  }
  if (url.protocol !== 'https:') throw new ConfigurationError('AZURE_AUTHORITY_HOST', 'must use https');
  return url.origin;
}

function readCredentials(env: Environment): DataverseCredentials {
  const clientSecret = env.AZURE_CLIENT_SECRET === '' ? undefined : env.AZURE_CLIENT_SECRET;
  const certificatePath = value(env, 'AZURE_CLIENT_CERTIFICATE_PATH');
  const thumbprint = value(env, 'AZURE_CLIENT_CERTIFICATE_THUMBPRINT');

  if (readBoolean(env, 'AZURE_USE_MANAGED_IDENTITY')) {
    if (clientSecret !== undefined || certificatePath !== undefined) {
      throw new ConfigurationError(
        'AZURE_USE_MANAGED_IDENTITY',
        'is true, so AZURE_CLIENT_SECRET and AZURE_CLIENT_CERTIFICATE_PATH must not be set; choose one kind of credential',
      );
    }
    const clientId = optionalGuid(env, 'AZURE_CLIENT_ID');
    return clientId === undefined ? { kind: 'managedIdentity' } : { kind: 'managedIdentity', clientId };
  }

  const tenantId = readTenantId(env);
  const clientId = optionalGuid(env, 'AZURE_CLIENT_ID');
  if (clientId === undefined) {
    throw new ConfigurationError(
      'AZURE_CLIENT_ID',
      'not set; set it to the application (client) id of the app registration',
    );
  }
  if (clientSecret !== undefined && certificatePath !== undefined) {
    throw new ConfigurationError(
      'AZURE_CLIENT_SECRET',
      'and AZURE_CLIENT_CERTIFICATE_PATH are both set; set only one of them',
    );
  }
  if (clientSecret !== undefined) {
    if (clientSecret.trim() !== clientSecret) {
      throw new ConfigurationError('AZURE_CLIENT_SECRET', 'has leading or trailing whitespace (a copy-paste slip?)');
    }
    return { kind: 'clientSecret', tenantId, clientId, clientSecret: new Secret(clientSecret) };
  }
  if (certificatePath !== undefined) {
    return { kind: 'certificate', tenantId, clientId, certificate: readCertificate(certificatePath, thumbprint) };
  }
  if (thumbprint !== undefined) {
    throw new ConfigurationError(
      'AZURE_CLIENT_CERTIFICATE_THUMBPRINT',
      'is set but AZURE_CLIENT_CERTIFICATE_PATH is not; set the path to the PEM too',
    );
  }
  throw new ConfigurationError(
    'AZURE_CLIENT_SECRET',
    'not set; set AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH, or AZURE_USE_MANAGED_IDENTITY=true (DATAVERSE_URL is not a local emulator, so credentials are needed)',
  );
}

function readTenantId(env: Environment): string {
  const raw = value(env, 'AZURE_TENANT_ID');
  if (raw === undefined)
    throw new ConfigurationError('AZURE_TENANT_ID', 'not set; set it to the directory (tenant) id');
  const tenant = raw.trim();
  if (!GUID.test(tenant) && !DOMAIN.test(tenant)) {
    throw new ConfigurationError(
      'AZURE_TENANT_ID',
      'must be the directory (tenant) id, a GUID, or a verified domain such as contoso.onmicrosoft.com',
    );
  }
  return tenant;
}

function optionalGuid(env: Environment, name: string): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  if (!GUID.test(raw.trim())) throw new ConfigurationError(name, 'must be a GUID (the application (client) id)');
  return raw.trim().toLowerCase();
}

function readBoolean(env: Environment, name: string): boolean {
  const raw = value(env, name);
  if (raw === undefined) return false;
  const text = raw.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(text)) return true;
  if (['false', '0', 'no'].includes(text)) return false;
  throw new ConfigurationError(name, `must be true or false, got "${raw.trim().slice(0, 20)}"`);
}
