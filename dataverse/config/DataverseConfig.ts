/** Connection settings for one Dataverse environment, as read and checked by `loadDataverseConfig`. */
import type { Secret } from './Secret';

export interface ClientCertificate {
  /** Where it was read from, for messages. */
  readonly path: string;
  /** PKCS#8 PEM. */
  readonly privateKey: Secret;
  /** Hex, no separators. Known when the PEM holds the certificate or a SHA-256 thumbprint was configured. */
  readonly thumbprintSha256?: string;
  /** Hex, no separators. For identity providers that still want SHA-1 (older ADFS). */
  readonly thumbprintSha1?: string;
}

export type DataverseCredentials =
  /** The local emulator on loopback: no token. */
  | { readonly kind: 'none' }
  | {
      readonly kind: 'clientSecret';
      readonly tenantId: string;
      readonly clientId: string;
      readonly clientSecret: Secret;
    }
  | {
      readonly kind: 'certificate';
      readonly tenantId: string;
      readonly clientId: string;
      readonly certificate: ClientCertificate;
    }
  /** System-assigned, or user-assigned when `clientId` is set. */
  | { readonly kind: 'managedIdentity'; readonly clientId?: string };

export interface DataverseConfig {
  /** The environment URL without a trailing slash, e.g. `https://contoso.crm.dynamics.com`. */
  readonly url: string;
  /** Microsoft Entra authority host, e.g. `https://login.microsoftonline.com`. */
  readonly authorityHost: string;
  readonly credentials: DataverseCredentials;
}
