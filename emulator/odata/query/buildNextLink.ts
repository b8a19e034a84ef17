import { QUERY_OPTION } from '../names';

/**
 * The `@odata.nextLink` for the next page: the same URL with every query option kept as it was and `$skiptoken`
 * set. Clients must follow it unchanged (page-results.md). `$` and `@` stay readable in option names; values are
 * percent-encoded, so the paging cookie arrives double-encoded as in Dataverse's own links.
 */
export function buildNextLink(baseUrl: string, params: URLSearchParams, skipToken: string): string {
  const parts: string[] = [];
  for (const [name, value] of params) {
    if (name === QUERY_OPTION.skiptoken) continue;
    parts.push(`${encodeName(name)}=${encodeURIComponent(value)}`);
  }
  parts.push(`${QUERY_OPTION.skiptoken}=${encodeURIComponent(skipToken)}`);
  const base = baseUrl.split('?')[0] ?? baseUrl;
  return `${base}?${parts.join('&')}`;
}

function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/^%24/, '$').replace(/^%40/, '@');
}
