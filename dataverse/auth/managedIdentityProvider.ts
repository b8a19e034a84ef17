/**
 * Tokens from the host's managed identity (App Service / Functions, VMs, Arc…) through msal-node's
 * ManagedIdentityApplication, for the environment URL as resource.
 */
import { ManagedIdentityApplication, type ManagedIdentityConfiguration } from '@azure/msal-node';
import { AuthenticationError } from '../errors/AuthenticationError';
import { describeAuthFailure } from './describeAuthFailure';
import type { MsalOverrides } from './MsalOverrides';
import { sharedApplication } from './sharedApplication';
import { singleFlight } from './singleFlight';
import type { TokenProvider } from './TokenProvider';

export interface ManagedIdentityOptions {
  readonly environmentUrl: string;
  /** A user-assigned identity's client id; system-assigned when absent. */
  readonly clientId?: string;
  readonly msal?: Pick<MsalOverrides, 'networkClient'>;
}

export function createManagedIdentityProvider(options: ManagedIdentityOptions): TokenProvider {
  const resource = new URL(options.environmentUrl).origin;
  const what = options.clientId
    ? `user-assigned managed identity ${options.clientId}`
    : 'system-assigned managed identity';
  const key = JSON.stringify(['managed', options.clientId ?? 'system']);
  const application = sharedApplication(key, () => {
    const configuration: ManagedIdentityConfiguration = {
      ...(options.clientId !== undefined && { managedIdentityIdParams: { userAssignedClientId: options.clientId } }),
      ...(options.msal?.networkClient !== undefined && { system: { networkClient: options.msal.networkClient } }),
    };
    return new ManagedIdentityApplication(configuration);
  });

  const getToken = sharedApplication(JSON.stringify([key, resource]), () =>
    singleFlight(async (): Promise<string> => {
      let accessToken: string | undefined;
      try {
        accessToken = (await application.acquireToken({ resource })).accessToken;
      } catch (err) {
        throw describeAuthFailure(err, what, []);
      }
      if (!accessToken)
        throw new AuthenticationError(`Could not get a Dataverse token (${what}): no token in the answer`);
      return accessToken;
    }),
  );
  return { description: what, getToken };
}
