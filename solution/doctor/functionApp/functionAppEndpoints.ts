import { AUDIENCE_KEYS } from '../../../functions/auth/audiences';
import { KEY_HEADER } from '../../../functions/auth/presentedKey';
/**
 * Where and how doctor reaches the function app — the one module that knows its URLs, so a change of route or key
 * header is a change here.
 *   anonymous: GET <app>/api/health, which says only whether the app is up;
 *   deep:      GET <app>/api/health/deep with the administrators' key in a header: configuration and Dataverse.
 * The app is found from the webhook URL Dataverse posts to (`--function-url`, as for `leadlink register`), or from
 * the App Service setting WEBSITE_HOSTNAME, which Azure sets to the app's default host name
 * (https://learn.microsoft.com/azure/app-service/reference-app-settings).
 */
export const FUNCTION_HOST_SETTING = 'WEBSITE_HOSTNAME';
/** The administrators' key: the function app setting, given to doctor under the same name. */
export const ADMIN_KEY_SETTING = AUDIENCE_KEYS.administrators.setting;

const API = '/api/';
const WEBHOOK_ROUTE = 'webhooks/dataverse';
const HEALTH_ROUTE = 'health';
const DEEP_HEALTH_ROUTE = 'health/deep';

export interface HealthRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The webhook URL of the app on a host, e.g. `https://contoso-leadlink.azurewebsites.net/api/webhooks/dataverse`. */
export function webhookUrlForHost(host: string): string {
  return `https://${host}${API}${WEBHOOK_ROUTE}`;
}

/** `https://<app>/api/webhooks/dataverse` → `https://<app>/api/`; a URL without /api/ keeps its origin. */
export function apiBaseOf(webhookUrl: string): string {
  const url = new URL(webhookUrl);
  const at = url.pathname.indexOf(API);
  return `${url.origin}${at >= 0 ? url.pathname.slice(0, at) : ''}${API}`;
}

export function anonymousHealth(apiBase: string): HealthRequest {
  return { url: `${apiBase}${HEALTH_ROUTE}`, headers: {} };
}

export function deepHealth(apiBase: string, adminKey: string): HealthRequest {
  return { url: `${apiBase}${DEEP_HEALTH_ROUTE}`, headers: { [KEY_HEADER]: adminKey } };
}
