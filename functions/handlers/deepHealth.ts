import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { AUDIENCE_KEYS, AUDIENCES } from '../auth/audiences';
import { authorizeRequest } from '../runtime/authorizeRequest';
import type { AppServices } from '../runtime/AppServices';
import { jsonResponse } from '../runtime/jsonResponse';
import { describeDataverseFailure } from './describeDataverseFailure';

/** How long a deep check's answer is reused: probes within it cost no Dataverse request. */
export const DEEP_HEALTH_CACHE_MS = 30_000;

interface Checked {
  readonly at: number;
  readonly answer: Promise<HttpResponseInit>;
}

/**
 * GET /api/health/deep, with the administrators' key (LEADLINK_ADMIN_KEY): the settings are valid (which audiences
 * have a key), Dataverse answers WhoAmI, and which plug-ins run. One check serves every caller for
 * DEEP_HEALTH_CACHE_MS, so even an administrator's monitoring cannot run the quota down. A failure is described by
 * its kind (authentication, connection, HTTP status), never by a message that could carry an app or tenant id.
 */
export function deepHealthHandler(now: () => number = Date.now) {
  let last: Checked | undefined;
  return async (
    request: HttpRequest,
    context: InvocationContext,
    services: () => Promise<AppServices>,
  ): Promise<HttpResponseInit> => {
    const authorized = await authorizeRequest(request, context, services, {
      event: 'health',
      audience: 'administrators',
    });
    if ('refused' in authorized) return authorized.refused;
    if (last === undefined || now() - last.at >= DEEP_HEALTH_CACHE_MS) {
      last = { at: now(), answer: check(authorized.app, context) };
    }
    return last.answer;
  };
}

async function check(app: AppServices, context: InvocationContext): Promise<HttpResponseInit> {
  const keys = Object.fromEntries(
    AUDIENCES.map((audience) => [AUDIENCE_KEYS[audience].setting, app.keys[audience] === undefined ? 'unset' : 'set']),
  );
  const plugins = app.plugins.map((plugin) => plugin.name);
  try {
    await app.dataverse.executeFunction('WhoAmI');
    return jsonResponse(200, {
      status: 'ok',
      dataverse: 'reachable',
      keys,
      plugins,
      checkedAt: new Date().toISOString(),
    });
  } catch (error) {
    const failure = describeDataverseFailure(error);
    context.warn(JSON.stringify({ level: 'warn', event: 'health.dataverse', failure }));
    return jsonResponse(503, {
      status: 'degraded',
      dataverse: 'unreachable',
      failure,
      keys,
      plugins,
      checkedAt: new Date().toISOString(),
    });
  }
}
