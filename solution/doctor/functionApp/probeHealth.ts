import type { HealthRequest } from './functionAppEndpoints';

/** What a health endpoint answered: its status and JSON body, or why nothing came back. */
export type HealthAnswer =
  | { readonly answered: true; readonly status: number; readonly body: unknown }
  | { readonly answered: false; readonly error: string };

/** How long doctor waits for the function app (a cold start can take several seconds). */
export const HEALTH_TIMEOUT_MS = 20_000;

/** One GET; never throws. The URL printed in messages carries no key (keys travel in a header). */
export async function probeHealth(request: HealthRequest, timeoutMs = HEALTH_TIMEOUT_MS): Promise<HealthAnswer> {
  try {
    const response = await fetch(request.url, {
      headers: { Accept: 'application/json', ...request.headers },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // Not JSON: keep the text.
    }
    return { answered: true, status: response.status, body };
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause?.code;
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : String(cause ?? (error as Error).message);
    return { answered: false, error: reason };
  }
}
