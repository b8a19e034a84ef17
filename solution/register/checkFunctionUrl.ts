import { isLoopbackHost } from '../../dataverse/config/isLoopbackHost';
import { RegistrationError } from '../errors/RegistrationError';

/** serviceendpoint.url holds at most 2000 characters. */
const MAX_URL = 2000;

/**
 * Checks the URL Dataverse will POST to and returns it normalized. https only (http for a loopback emulator);
 * "Registered WebHooks support only port 80 for HTTP and port 443 for HTTPS"
 * (https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook); no query string, because the
 * URL is a readable column and a `?code=` copied from the Azure portal would put the key in it.
 */
export function checkFunctionUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new RegistrationError(
      `--function-url is not an absolute URL; expected e.g. https://<app>.azurewebsites.net/api/webhooks/dataverse`,
    );
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new RegistrationError(
      `--function-url must use https (http only for a local server), got ${url.protocol}//${url.host}`,
    );
  }
  if (url.username || url.password)
    throw new RegistrationError('--function-url must not contain a user name or password.');
  if (url.search || url.hash) {
    throw new RegistrationError(
      '--function-url must not have a query string or fragment: Dataverse adds ?code=<key> itself, and the URL is stored where anyone who can read the endpoint sees it. Put the key in LEADLINK_WEBHOOK_KEY.',
    );
  }
  if (!loopback && url.port !== '') {
    throw new RegistrationError(
      `--function-url uses port ${url.port}; Dataverse webhooks only call port 443 (https) or 80 (http).`,
    );
  }
  const text = url.toString();
  if (text.length > MAX_URL) throw new RegistrationError(`--function-url is longer than ${MAX_URL} characters.`);
  return text;
}
