/**
 * The Web API root for an environment URL: `https://contoso.crm.dynamics.com` → `…/api/data/v9.2/`
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#web-api-url-and-versions).
 */
export const WEB_API_PATH = 'api/data/v9.2/';

export function apiBaseUrl(environmentUrl: string): string {
  let url: URL;
  try {
    url = new URL(environmentUrl);
  } catch {
    throw new TypeError('The Dataverse URL is not an absolute URL (expected e.g. https://contoso.crm.dynamics.com)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`The Dataverse URL must use https, got ${url.protocol}`);
  }
  if (url.username || url.password) throw new TypeError('The Dataverse URL must not carry a user name or password');
  const root = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return `${root}/${WEB_API_PATH}`;
}
