import { pbkdf2Sync } from 'node:crypto';
import { MIN_WEBHOOK_KEY_LENGTH } from '../../functions/runtime/createAppServices';
import { RegistrationError } from '../errors/RegistrationError';
import { AUTH_TYPE } from '../webhook/registrationNames';

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

/**
 * The authvalue to write: the bare key for WebhookKey (as public Web API registrations send it), the
 * `<settings><setting name value/></settings>` document for HttpHeader (the form the webhook service reads).
 */
export function authValue(auth: WebhookAuth): string {
  if (auth.kind === 'webhookKey') return auth.key;
  return `<settings><setting name="${xmlAttribute(auth.name)}" value="${xmlAttribute(auth.value)}" /></settings>`;
}

/** Refuses a key the function app would refuse, or one Dataverse cannot store. Never repeats the key. */
export function checkAuth(auth: WebhookAuth): void {
  const secret = secretOf(auth);
  const what = auth.kind === 'webhookKey' ? 'The webhook key' : `The value of header '${auth.name}'`;
  if (secret.trim() !== secret) throw new RegistrationError(`${what} has leading or trailing whitespace.`);
  if (secret.length < MIN_WEBHOOK_KEY_LENGTH) {
    throw new RegistrationError(`${what} is too short; use at least ${MIN_WEBHOOK_KEY_LENGTH} characters.`);
  }
  if ([...secret].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    throw new RegistrationError(`${what} contains control characters.`);
  }
  if (auth.kind === 'httpHeader' && !HEADER_NAME.test(auth.name)) {
    throw new RegistrationError(`'${auth.name}' is not a valid HTTP header name.`);
  }
  if (authValue(auth).length > MAX_AUTH_VALUE) {
    throw new RegistrationError(
      `${what} is too long: Dataverse keeps at most ${MAX_AUTH_VALUE} characters of auth value.`,
    );
  }
}

/**
 * authvalue cannot be read back, so a rerun could not tell whether the key changed. The endpoint's description keeps
 * this check value instead: a slow, salted derivation (PBKDF2, 8 bytes of output) that says whether the key is the
 * one written last time without making the key recoverable from it.
 */
export function authCheckValue(auth: WebhookAuth, endpointId: string): string {
  const salt = `leadlink-webhook:${endpointId}:${auth.kind}:${auth.kind === 'httpHeader' ? auth.name.toLowerCase() : ''}`;
  return pbkdf2Sync(secretOf(auth), salt, 100_000, 8, 'sha256').toString('hex');
}

/** Replaces every occurrence of the secret in a text (an error message from a lower layer) with the mask. */
export function scrubSecret(text: string, auth: WebhookAuth): string {
  const secret = secretOf(auth);
  return secret === '' ? text : text.split(secret).join(MASK);
}

function xmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
