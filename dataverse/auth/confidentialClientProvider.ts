/**
 * Tokens for an application user through msal-node's ConfidentialClientApplication (client credentials flow), with a
 * client secret or a certificate. msal caches the token and renews it before it expires.
 * https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth
 */
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import type { ClientCertificate } from '../config/DataverseConfig';
import type { Secret } from '../config/Secret';
import { AuthenticationError } from '../errors/AuthenticationError';
import { dataverseScope } from './dataverseScope';
import { describeAuthFailure } from './describeAuthFailure';
import type { MsalOverrides } from './MsalOverrides';
import { fingerprint, sharedApplication } from './sharedApplication';
import { singleFlight } from './singleFlight';
import type { TokenProvider } from './TokenProvider';

export interface ConfidentialClientOptions {
  readonly environmentUrl: string;
  /** e.g. `https://login.microsoftonline.com`. */
  readonly authorityHost: string;
  readonly tenantId: string;
  readonly clientId: string;
  readonly credential: { readonly clientSecret: Secret } | { readonly certificate: ClientCertificate };
  readonly msal?: MsalOverrides;
}

export function createConfidentialClientProvider(options: ConfidentialClientOptions): TokenProvider {
  const scope = dataverseScope(options.environmentUrl);
  const authority = `${options.authorityHost.replace(/\/+$/, '')}/${options.tenantId}`;
  const kind = 'clientSecret' in options.credential ? 'client secret' : 'certificate';
  const what = `client credentials with a ${kind} for app ${options.clientId} in tenant ${options.tenantId}`;
  const secret =
    'clientSecret' in options.credential
      ? options.credential.clientSecret.reveal()
      : options.credential.certificate.privateKey.reveal();
  const key = JSON.stringify(['confidential', authority, options.clientId, fingerprint(secret)]);
  const application = sharedApplication(
    key,
    () => new ConfidentialClientApplication(msalConfiguration(options, authority)),
  );

  // One token request in flight per credential and scope, whichever provider instance asks.
  const getToken = sharedApplication(JSON.stringify([key, scope]), () =>
    singleFlight(async (): Promise<string> => {
      let accessToken: string | undefined;
      try {
        const result = await application.acquireTokenByClientCredential({ scopes: [scope] });
        accessToken = result?.accessToken;
      } catch (err) {
        throw describeAuthFailure(err, what, [secret]);
      }
      if (!accessToken)
        throw new AuthenticationError(`Could not get a Dataverse token (${what}): no token in the answer`);
      return accessToken;
    }),
  );
  return { description: what, getToken };
}

function msalConfiguration(options: ConfidentialClientOptions, authority: string): Configuration {
  const credential =
    'clientSecret' in options.credential
      ? { clientSecret: options.credential.clientSecret.reveal() }
      : { clientCertificate: certificateFor(options.credential.certificate) };
  const overrides = options.msal ?? {};
  return {
    auth: {
      clientId: options.clientId,
      authority,
      ...credential,
      ...(overrides.authorityMetadata !== undefined && { authorityMetadata: overrides.authorityMetadata }),
      ...(overrides.cloudDiscoveryMetadata !== undefined && {
        cloudDiscoveryMetadata: overrides.cloudDiscoveryMetadata,
      }),
      ...(overrides.knownAuthorities !== undefined && { knownAuthorities: [...overrides.knownAuthorities] }),
    },
    ...(overrides.networkClient !== undefined && { system: { networkClient: overrides.networkClient } }),
  };
}

function certificateFor(certificate: ClientCertificate): NonNullable<Configuration['auth']['clientCertificate']> {
  const privateKey = certificate.privateKey.reveal();
  // SHA-256 (x5t#S256, PS256) when known; SHA-1 only for identity providers that need it.
  if (certificate.thumbprintSha256 !== undefined) return { thumbprintSha256: certificate.thumbprintSha256, privateKey };
  if (certificate.thumbprintSha1 !== undefined) return { thumbprint: certificate.thumbprintSha1, privateKey };
  throw new AuthenticationError(`The certificate from ${certificate.path} has no thumbprint`);
}
