/**
 * The request headers, as either runtime hands them over: a Fetch API `Headers` (Azure Functions v4 `HttpRequest`)
 * or Node's `IncomingHttpHeaders` record (lower-case names).
 */
export type WebhookHeaders =
  { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Sent "only when the HTTP payload size exceeds the 256KB"; its value is not documented, so presence counts,
 * except an explicit `false` (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks).
 */
export const SIZE_EXCEEDED_HEADER = 'x-ms-dynamics-msg-size-exceeded';

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof headers.get === 'function') return headers.get(name) ?? undefined;
  const lower = name.toLowerCase();
  const key = Object.keys(headers).find((k) => k.toLowerCase() === lower);
  const value = key === undefined ? undefined : (headers as Readonly<Record<string, unknown>>)[key];
  if (Array.isArray(value)) return value.map(String).join(',');
  return typeof value === 'string' ? value : undefined;
}

export function isSizeExceeded(headers: WebhookHeaders | undefined): boolean {
  if (headers === undefined) return false;
  const value = headerValue(headers, SIZE_EXCEEDED_HEADER);
  return value !== undefined && value.trim().toLowerCase() !== 'false';
}
