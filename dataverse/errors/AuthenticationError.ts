/**
 * No access token could be obtained for Dataverse (wrong tenant, client id, secret or certificate, or the identity
 * endpoint is unreachable). The message names the credential kind and the identity provider's error code, never
 * the secret.
 */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';

  constructor(
    message: string,
    /** The identity provider's error code, e.g. `invalid_client`, when it gave one. */
    readonly errorCode?: string,
  ) {
    super(message);
  }
}
