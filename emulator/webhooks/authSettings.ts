import { XMLParser } from 'fast-xml-parser';

/** serviceendpoint.authtype values (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/serviceendpoint). */
export const AUTH_TYPE = { webhookKey: 4, httpHeader: 5, httpQueryString: 6 } as const;

/**
 * The name/value pairs of an endpoint's `authvalue`, which Dataverse keeps as
 * `<settings><setting name="…" value="…" /></settings>` for all three webhook auth types — for WebhookKey one
 * setting named `Code` (a public export of a registered endpoint: CSE-Neutrino/dataverse-serviceendpoint-sample,
 * deployment/solutions/RegisterServiceEndpointsSolution/PluginAssemblies/ServiceEndpoints.xml). Anything else (a bare
 * key, say) has no pairs: the webhook then goes out without credentials and the endpoint refuses it, which is what a
 * registration writing the wrong form should meet in tests.
 */
export function parseAuthSettings(authValue: string): [name: string, value: string][] {
  let parsed: { settings?: { setting?: Setting | Setting[] } };
  try {
    parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(authValue) as typeof parsed;
  } catch {
    return [];
  }
  const list = parsed.settings?.setting;
  const settings = Array.isArray(list) ? list : list ? [list] : [];
  return settings
    .filter((s) => typeof s.name === 'string' && s.name !== '')
    .map((s) => [String(s.name), String(s.value ?? '')]);
}

interface Setting {
  readonly name?: string;
  readonly value?: string;
}

/**
 * Applies an endpoint's auth to the outgoing URL and headers, as Dataverse's webhook service does
 * (https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook#authentication-options):
 * WebhookKey as `?code=<the Code setting>`, HttpHeader pairs as headers, HttpQueryString pairs in the query.
 */
export function applyAuth(url: URL, headers: Record<string, string>, authType: number, authValue: string): void {
  const pairs = parseAuthSettings(authValue);
  if (authType === AUTH_TYPE.webhookKey) {
    const key = pairs.find(([name]) => name.toLowerCase() === 'code')?.[1];
    if (key !== undefined) url.searchParams.set('code', key);
  } else if (authType === AUTH_TYPE.httpHeader) {
    for (const [name, value] of pairs) headers[name] = value;
  } else if (authType === AUTH_TYPE.httpQueryString) {
    for (const [name, value] of pairs) url.searchParams.set(name, value);
  }
}
