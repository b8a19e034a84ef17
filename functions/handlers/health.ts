import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { jsonResponse } from '../runtime/jsonResponse';
import type { AppServices } from '../runtime/AppServices';

/**
 * GET /api/health: whether the app is configured and Dataverse answers (WhoAmI). It names no setting value and no
 * user, so it is safe to leave anonymous; admins use it after deployment and registration.
 */
export async function health(
  _request: HttpRequest,
  context: InvocationContext,
  services: () => Promise<AppServices>,
): Promise<HttpResponseInit> {
  let app: AppServices;
  try {
    app = await services();
  } catch (error) {
    context.error(JSON.stringify({ level: 'error', event: 'health.configuration', error: (error as Error).message }));
    return jsonResponse(503, { status: 'misconfigured', detail: (error as Error).message });
  }
  try {
    await app.dataverse.executeFunction('WhoAmI');
    return jsonResponse(200, { status: 'ok', dataverse: 'reachable', plugins: app.plugins.map((p) => p.name) });
  } catch (error) {
    context.warn(JSON.stringify({ level: 'warn', event: 'health.dataverse', error: (error as Error).message }));
    return jsonResponse(503, { status: 'degraded', dataverse: 'unreachable', detail: (error as Error).message });
  }
}
