import { XMLParser } from 'fast-xml-parser';

/** serviceendpoint.authtype values (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/serviceendpoint). */
export const AUTH_TYPE = { webhookKey: 4, httpHeader: 5, httpQueryString: 6 } as const;

/**
 * HttpHeader and HttpQueryString endpoints keep their pairs in `authvalue` as
 * `<settings><setting name="…" value="…" /></settings>`; WebhookKey keeps the bare key.
 */
export function parseAuthSettings(authValue: string): Record<string, string> {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(authValue) as {
    settings?: { setting?: { name?: string; value?: string } | { name?: string; value?: string }[] };
  };
  const list = parsed.settings?.setting;
  const settings = Array.isArray(list) ? list : list ? [list] : [];
  const out: Record<string, string> = {};
  for (const s of settings) if (s.name) out[s.name] = String(s.value ?? '');
  return out;
}

/** Applies an endpoint's auth to the outgoing URL and headers, as Dataverse's webhook service does. */
export function applyAuth(url: URL, headers: Record<string, string>, authType: number, authValue: string): void {
  if (authType === AUTH_TYPE.webhookKey) {
    url.searchParams.set('code', authValue);
  } else if (authType === AUTH_TYPE.httpHeader) {
    Object.assign(headers, parseAuthSettings(authValue));
  } else if (authType === AUTH_TYPE.httpQueryString) {
    for (const [k, v] of Object.entries(parseAuthSettings(authValue))) url.searchParams.set(k, v);
  }
}
