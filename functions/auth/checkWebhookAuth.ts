import type { HttpRequest } from '@azure/functions';
import { secretsEqual } from './secretsEqual';

/** The header an HttpHeader-authenticated endpoint sends its key in. */
export const WEBHOOK_KEY_HEADER = 'x-leadlink-webhook-key';

/**
 * Dataverse leaves authentication to the endpoint: with WebhookKey it sends `?code=<key>`, with HttpHeader the
 * pairs the admin set (https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook). Either
 * must equal LEADLINK_WEBHOOK_KEY.
 */
export function checkWebhookAuth(request: HttpRequest, expectedKey: string): boolean {
  const presented = [request.query.get('code'), request.headers.get(WEBHOOK_KEY_HEADER)].filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  // Evaluate every candidate so the time taken doesn't tell which one was checked.
  let ok = false;
  for (const candidate of presented) ok = secretsEqual(candidate, expectedKey) || ok;
  return ok;
}
