/** A client against a test server, with fast backoff so retry tests stay short. */
import type { TokenProvider } from '../../../../dataverse/auth/TokenProvider';
import { DataverseClient, type DataverseClientOptions } from '../../../../dataverse/client/DataverseClient';
import { createNoCredentialsProvider } from '../../../../dataverse/auth/noCredentialsProvider';

export function testClient(url: string, options: Partial<DataverseClientOptions> = {}): DataverseClient {
  return new DataverseClient({
    url,
    tokenProvider: options.tokenProvider ?? createNoCredentialsProvider(),
    ...options,
    retry: { baseDelayMs: 10, maxDelayMs: 100, timeBudgetMs: 10_000, maxAttempts: 5, ...options.retry },
  });
}

/** A provider with a fixed token, for checking the Authorization header and that the token never leaks. */
export function fixedToken(token: string): TokenProvider {
  return { description: 'fixed test token', getToken: async () => token };
}
