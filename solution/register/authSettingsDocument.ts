/**
 * serviceendpoint.authvalue as Dataverse keeps it for a webhook: one XML document of name/value pairs,
 * `<settings><setting name="…" value="…" /></settings>`, for every auth type —
 * - WebhookKey (4): one setting named `Code` holding the key; Dataverse sends it as `?code=`. This is what an
 *   environment exports for an endpoint registered with the Plug-in Registration tool (public solution export:
 *   CSE-Neutrino/dataverse-serviceendpoint-sample, deployment/solutions/RegisterServiceEndpointsSolution/
 *   PluginAssemblies/ServiceEndpoints.xml, `<AuthType>4</AuthType>` with
 *   `<AuthValue>&lt;settings&gt;&lt;setting name="Code" value="…" /&gt;&lt;/settings&gt;</AuthValue>`); the tool
 *   asks only for the value ("When registering the WebHook using the Plug-in Registration tool, only enter the
 *   value", https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook) and writes the document.
 * - HttpHeader (5): one setting per header. A bare `Name: value` is refused at delivery with 0x80050203 "The webhook
 *   call failed because of invalid http headers in authValue. Check if the authValue format…" (Stack Overflow,
 *   "Howto register a webhook with AuthType=HttpHeader using Dynamics 365 Web API").
 * - HttpQueryString (6): one setting per query parameter, the same document.
 */
export function authSettingsDocument(pairs: readonly (readonly [name: string, value: string])[]): string {
  const settings = pairs.map(
    ([name, value]) => `<setting name="${xmlAttribute(name)}" value="${xmlAttribute(value)}" />`,
  );
  return `<settings>${settings.join('')}</settings>`;
}

/** The setting name of a WebhookKey endpoint's key, as the platform exports it. */
export const WEBHOOK_KEY_SETTING = 'Code';

function xmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
