import type { HttpRequest } from '@azure/functions';

/** The query parameter a key arrives in: what Dataverse's WebhookKey sends and Azure Functions' own keys use. */
export const KEY_QUERY_PARAMETER = 'code';
/** The header a key may arrive in instead (curl, form servers, `leadlink register --auth header`). */
export const KEY_HEADER = 'x-leadlink-key';
/** The header `leadlink register --auth header` used to write; still read so such registrations keep working. */
export const LEGACY_WEBHOOK_KEY_HEADER = 'x-leadlink-webhook-key';

export type PresentedKey =
  | { readonly kind: 'none' }
  | { readonly kind: 'one'; readonly value: string }
  /** Two different values: which one counts would depend on who parses the request, so none does. */
  | { readonly kind: 'ambiguous' };

/**
 * The key a request carries, from `?code=` (any letter case, every occurrence) and the key headers. The query is read
 * from the URL itself, not from `request.query`: the Functions host keeps only the first of a repeated parameter and
 * a plain URLSearchParams the last, so the same request would otherwise pass or fail depending on where it ran. The
 * same value sent twice is one key; two different values are ambiguous.
 */
export function presentedKey(request: HttpRequest): PresentedKey {
  const values: string[] = [];
  for (const [name, value] of queryOf(request.url)) {
    if (name.toLowerCase() === KEY_QUERY_PARAMETER) values.push(value);
  }
  for (const header of [KEY_HEADER, LEGACY_WEBHOOK_KEY_HEADER]) {
    const value = request.headers.get(header);
    if (value !== null) values.push(value);
  }
  const distinct = new Set(values);
  if (distinct.size === 0) return { kind: 'none' };
  if (distinct.size > 1) return { kind: 'ambiguous' };
  return { kind: 'one', value: values[0] ?? '' };
}

function queryOf(url: string): URLSearchParams {
  try {
    return new URL(url).searchParams;
  } catch {
    return new URLSearchParams();
  }
}
