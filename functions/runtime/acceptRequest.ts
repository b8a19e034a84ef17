import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { checkWebhookAuth } from '../auth/checkWebhookAuth';
import type { AppServices } from './AppServices';
import { jsonResponse } from './jsonResponse';
import { readBodyCapped } from './readBodyCapped';

export type Accepted = { readonly app: AppServices; readonly body: string } | { readonly refused: HttpResponseInit };

/**
 * What every authenticated endpoint does first: build the app's services (a configuration problem is logged by
 * setting name and answered 500 without details), check the key (401 revealing nothing), read the body within its
 * cap (413).
 */
export async function acceptRequest(
  request: HttpRequest,
  context: InvocationContext,
  services: () => Promise<AppServices>,
  options: { readonly event: string; readonly maxBytes: number },
): Promise<Accepted> {
  let app: AppServices;
  try {
    app = await services();
  } catch (error) {
    context.error(
      JSON.stringify({ level: 'error', event: `${options.event}.configuration`, error: (error as Error).message }),
    );
    return { refused: jsonResponse(500, { error: 'The function app is not configured; see its log.' }) };
  }
  if (!checkWebhookAuth(request, app.webhookKey)) return { refused: jsonResponse(401, { error: 'Unauthorized.' }) };
  const body = await readBodyCapped(request, options.maxBytes);
  if (body === undefined)
    return { refused: jsonResponse(413, { error: `The body is larger than ${options.maxBytes} bytes.` }) };
  return { app, body };
}
