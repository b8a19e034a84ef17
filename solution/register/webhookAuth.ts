import { HOW_TO_MAKE_A_KEY, keyWeakness } from '../../functions/auth/keyStrength';
import { RegistrationError } from '../errors/RegistrationError';
import { AUTH_TYPE } from '../webhook/registrationNames';
import { authSettingsDocument, WEBHOOK_KEY_SETTING } from './authSettingsDocument';

/**
 * How Dataverse proves itself to the function app: WebhookKey (`?code=<key>`, what Azure Functions expects) or an
 * HTTP header (https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook#authentication-options).
 */
export type WebhookAuth =
  | { readonly kind: 'webhookKey'; readonly key: string }
  | { readonly kind: 'httpHeader'; readonly name: string; readonly value: string };

/** serviceendpoint.authvalue holds at most 2048 characters. */
const MAX_AUTH_VALUE = 2048;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
/** Shown wherever the key would be. */
export const MASK = '***';

export function authType(auth: WebhookAuth): number {
  return auth.kind === 'webhookKey' ? AUTH_TYPE.webhookKey : AUTH_TYPE.httpHeader;
}

export function secretOf(auth: WebhookAuth): string {
  return auth.kind === 'webhookKey' ? auth.key : auth.value;
}

/** The authvalue to write: the settings document for either kind (see authSettingsDocument). */
export function authValue(auth: WebhookAuth): string {
  return auth.kind === 'webhookKey'
    ? authSettingsDocument([[WEBHOOK_KEY_SETTING, auth.key]])
    : authSettingsDocument([[auth.name, auth.value]]);
}

/** Refuses a key the function app would refuse, or one Dataverse cannot store. Never repeats the key. */
export function checkAuth(auth: WebhookAuth): void {
  const what = auth.kind === 'webhookKey' ? 'The webhook key' : `The value of header '${auth.name}'`;
  const weakness = keyWeakness(secretOf(auth));
  if (weakness) throw new RegistrationError(`${what} ${weakness}; ${HOW_TO_MAKE_A_KEY}.`);
  if (auth.kind === 'httpHeader' && !HEADER_NAME.test(auth.name)) {
    throw new RegistrationError(`'${auth.name}' is not a valid HTTP header name.`);
  }
  if (authValue(auth).length > MAX_AUTH_VALUE) {
    throw new RegistrationError(
      `${what} is too long: Dataverse keeps at most ${MAX_AUTH_VALUE} characters of auth value.`,
    );
  }
}

/** Replaces every occurrence of the secret in a text (an error message from a lower layer) with the mask. */
export function scrubSecret(text: string, auth: WebhookAuth): string {
  const secret = secretOf(auth);
  return secret === '' ? text : text.split(secret).join(MASK);
}
