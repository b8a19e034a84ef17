/** For the local emulator on loopback: requests go without an Authorization header. */
import type { TokenProvider } from './TokenProvider';

export function createNoCredentialsProvider(): TokenProvider {
  return {
    description: 'no credentials (local emulator)',
    getToken: async () => undefined,
  };
}
