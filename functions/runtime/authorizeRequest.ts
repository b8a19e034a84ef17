import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { AUDIENCE_KEYS, type Audience } from '../auth/audiences';
import { authorize } from '../auth/authorize';
import type { AppServices } from './AppServices';
import { jsonResponse } from './jsonResponse';

/**
 * Builds the app's services (a configuration problem is logged by setting name and answered 500 without details)
 * and checks the audience's key: 401 revealing nothing when it is missing or wrong — also when the audience has no
 * key set, which the log says — and 400 when the request carries two different keys.
 */
export async function authorizeRequest(
  request: HttpRequest,
  context: InvocationContext,
  services: () => Promise<AppServices>,
  options: { readonly event: string; readonly audience: Audience },
): Promise<{ readonly app: AppServices } | { readonly refused: HttpResponseInit }> {
  let app: AppServices;
  try {
    app = await services();
  } catch (error) {
    context.error(
      JSON.stringify({ level: 'error', event: `${options.event}.configuration`, error: (error as Error).message }),
    );
    return { refused: jsonResponse(500, { error: 'The function app is not configured; see its log.' }) };
  }
  const expected = app.keys[options.audience];
  const verdict = authorize(request, expected);
  if (verdict === 'ambiguous') {
    return { refused: jsonResponse(400, { error: 'The request carries more than one key; send exactly one.' }) };
  }
  if (verdict === 'denied') {
    if (expected === undefined) {
      const setting = AUDIENCE_KEYS[options.audience].setting;
      context.warn(JSON.stringify({ level: 'warn', event: `${options.event}.disabled`, setting }));
    }
    return { refused: jsonResponse(401, { error: 'Unauthorized.' }) };
  }
  return { app };
}
