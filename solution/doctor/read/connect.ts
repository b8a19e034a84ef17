import {
  ConfigurationError,
  createTokenProvider,
  DataverseClient,
  loadDataverseConfig,
  type DataverseCredentials,
  type Environment,
  type MsalOverrides,
  type RequestObserver,
} from '../../../dataverse';
import { WHO_AM_I } from './platformNames';

export interface WhoAmI {
  readonly userId: string;
  readonly businessUnitId: string;
  readonly organizationId: string;
}

/** How far the connection got: the settings, a token, Dataverse's answer to WhoAmI. */
export type ConnectOutcome =
  | { readonly stage: 'settings'; readonly error: ConfigurationError }
  | {
      readonly stage: 'token';
      readonly url: string;
      readonly credentials: DataverseCredentials;
      readonly error: Error;
    }
  | { readonly stage: 'whoAmI'; readonly url: string; readonly credential: string; readonly error: Error }
  | {
      readonly stage: 'connected';
      readonly url: string;
      readonly credential: string;
      readonly client: DataverseClient;
      readonly whoAmI: WhoAmI;
    };

export interface ConnectOptions {
  readonly observer?: RequestObserver;
  readonly msal?: MsalOverrides;
}

/**
 * Loads the connection settings, gets a token on its own (so a failure is the token's, not Dataverse's), then asks
 * Dataverse who we are. Each step that fails says so and stops there; nothing is retried past the client's own
 * policy. The only Dataverse request is WhoAmI.
 */
export async function connect(env: Environment, options: ConnectOptions = {}): Promise<ConnectOutcome> {
  let config;
  try {
    config = loadDataverseConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return { stage: 'settings', error };
    throw error;
  }
  const tokenProvider = createTokenProvider(config, options.msal);
  try {
    await tokenProvider.getToken();
  } catch (error) {
    return { stage: 'token', url: config.url, credentials: config.credentials, error: error as Error };
  }
  const client = new DataverseClient({
    url: config.url,
    tokenProvider,
    ...(options.observer ? { observer: options.observer } : {}),
  });
  const credential = tokenProvider.description;
  try {
    const answer = (await client.executeFunction<Record<string, unknown>>(WHO_AM_I)) ?? {};
    const text = (key: string) => (typeof answer[key] === 'string' ? (answer[key] as string).toLowerCase() : '');
    const whoAmI = {
      userId: text('UserId'),
      businessUnitId: text('BusinessUnitId'),
      organizationId: text('OrganizationId'),
    };
    return { stage: 'connected', url: config.url, credential, client, whoAmI };
  } catch (error) {
    client.close();
    return { stage: 'whoAmI', url: config.url, credential, error: error as Error };
  }
}
