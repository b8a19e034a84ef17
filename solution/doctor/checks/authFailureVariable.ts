import type { DataverseCredentials } from '../../../dataverse';

/**
 * Which setting a token failure points at, from the identity provider's AADSTS code in the message
 * (Microsoft Entra authentication and authorization error codes,
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes; the client-secret ones as the Azure SDK
 * troubleshooting guide lists them, https://learn.microsoft.com/azure/developer/java/sdk/troubleshooting-authentication-service-principal).
 * Without a known code, the credential itself is the likeliest culprit.
 */
const BY_CODE: readonly (readonly [RegExp, string, string])[] = [
  [/AADSTS7000215\b/, 'AZURE_CLIENT_SECRET', 'the client secret is wrong'],
  [/AADSTS7000222\b/, 'AZURE_CLIENT_SECRET', 'the client secret has expired: make a new one in the app registration'],
  [/AADSTS700016\b/, 'AZURE_CLIENT_ID', 'no application with this id in the tenant'],
  [/AADSTS(90002|900023)\b/, 'AZURE_TENANT_ID', 'the tenant does not exist'],
  [/AADSTS(700027|700024|50012)\b/, 'AZURE_CLIENT_CERTIFICATE_PATH', 'the certificate was refused'],
  [/AADSTS(500011|70011)\b/, 'DATAVERSE_URL', 'the environment is not known to this tenant'],
];

export interface AuthFailureCause {
  readonly variable: string;
  readonly reason: string;
}

export function authFailureVariable(message: string, credentials: DataverseCredentials): AuthFailureCause {
  for (const [pattern, variable, reason] of BY_CODE) if (pattern.test(message)) return { variable, reason };
  switch (credentials.kind) {
    case 'managedIdentity':
      return { variable: 'AZURE_USE_MANAGED_IDENTITY', reason: 'the managed identity gave no token' };
    case 'certificate':
      return { variable: 'AZURE_CLIENT_CERTIFICATE_PATH', reason: 'the certificate gave no token' };
    case 'clientSecret':
      return { variable: 'AZURE_CLIENT_SECRET', reason: 'the client secret gave no token' };
    case 'none':
      return { variable: 'DATAVERSE_URL', reason: 'no token is used for this URL' };
  }
}
