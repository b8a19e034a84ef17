import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { jsonResponse } from '../runtime/jsonResponse';

/**
 * GET /api/health, anonymous: the app is up. That is all it says — no Dataverse request (so probing it cannot spend
 * the environment's request quota), no setting, no URL, no error. Administrators use GET /api/health/deep.
 */
export function health(_request: HttpRequest): Promise<HttpResponseInit> {
  return Promise.resolve(jsonResponse(200, { status: 'up' }));
}
