/**
 * msal-node settings for places that cannot or must not reach the public cloud for metadata: authority and cloud
 * discovery metadata given as JSON, known authorities, and a network client (a proxy, a private CA). Production
 * normally needs none of them.
 */
import type { INetworkModule } from '@azure/msal-node';

export interface MsalOverrides {
  /** OpenID configuration of the authority, as a JSON string (msal then skips fetching it). */
  readonly authorityMetadata?: string;
  /** Instance discovery metadata, as a JSON string (msal then skips discovery). */
  readonly cloudDiscoveryMetadata?: string;
  /** Authority hosts msal trusts without discovery, e.g. `login.contoso.test:8443`. */
  readonly knownAuthorities?: readonly string[];
  readonly networkClient?: INetworkModule;
}
