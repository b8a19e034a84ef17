/** Picks the token provider the configuration calls for. */
import type { DataverseConfig } from '../config/DataverseConfig';
import { createConfidentialClientProvider } from './confidentialClientProvider';
import { createManagedIdentityProvider } from './managedIdentityProvider';
import type { MsalOverrides } from './MsalOverrides';
import { createNoCredentialsProvider } from './noCredentialsProvider';
import type { TokenProvider } from './TokenProvider';

export function createTokenProvider(config: DataverseConfig, msal?: MsalOverrides): TokenProvider {
  const credentials = config.credentials;
  switch (credentials.kind) {
    case 'none':
      return createNoCredentialsProvider();
    case 'managedIdentity':
      return createManagedIdentityProvider({ environmentUrl: config.url, clientId: credentials.clientId, msal });
    case 'clientSecret':
    case 'certificate':
      return createConfidentialClientProvider({
        environmentUrl: config.url,
        authorityHost: config.authorityHost,
        tenantId: credentials.tenantId,
        clientId: credentials.clientId,
        credential:
          credentials.kind === 'clientSecret'
            ? { clientSecret: credentials.clientSecret }
            : { certificate: credentials.certificate },
        msal,
      });
  }
}
