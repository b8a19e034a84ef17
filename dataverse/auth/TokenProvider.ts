/**
 * Where the transport gets its bearer token. Providers cache and refresh tokens themselves (msal-node does);
 * the transport asks before every request.
 */
export interface TokenProvider {
  /** A bearer token for Dataverse, or undefined when the target needs none (the local emulator). */
  getToken(signal?: AbortSignal): Promise<string | undefined>;
  /** What kind of credential this is, for messages (never the credential itself). */
  readonly description: string;
}
