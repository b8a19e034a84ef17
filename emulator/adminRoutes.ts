import { fault } from './errors/faults';
import type { FaultInjector, FaultSettings } from './faults/FaultInjector';
import { errorResponse } from './http/batch/handleBatch';
import { json, noContent, type ApiResponse } from './http/types';
import type { RequestLog } from './log/RequestLog';
import type { ProtectionLimits } from './protection/limits';
import type { ServiceProtection } from './protection/ServiceProtection';
import type { PlatformBehaviour, PlatformBehaviourSettings } from './messages/PlatformBehaviour';
import { checkParallelism } from './webhooks/asyncParallelism';
import { stepCounts } from './webhooks/stepCounts';
import type { WebhookDispatcher } from './webhooks/WebhookDispatcher';
import { DataverseFault } from './errors/DataverseFault';

interface AdminParts {
  readonly log: RequestLog;
  readonly protection: ServiceProtection;
  readonly faults: FaultInjector;
  readonly webhooks: WebhookDispatcher;
  readonly platform: PlatformBehaviour;
}

/**
 * The emulator's own control surface under /_emulator/, for tests, benchmarks and other processes: the request log,
 * limits, faults and platform switches, webhook deliveries. Not part of the Dataverse API, not logged, not limited.
 */
export function adminRoutes(parts: AdminParts) {
  return async (
    method: string,
    path: string,
    query: URLSearchParams,
    body: string,
  ): Promise<ApiResponse | undefined> => {
    try {
      if (path === 'requests' && method === 'GET')
        return json(200, { mark: parts.log.mark, value: parts.log.entries(Number(query.get('since') ?? 0)) });
      if (path === 'requests' && method === 'DELETE') {
        parts.log.clear();
        return noContent();
      }
      if (path === 'settings' && method === 'GET') return json(200, settingsOf(parts));
      if (path === 'settings' && method === 'PATCH') {
        const settings = parse(body) as {
          limits?: Partial<ProtectionLimits>;
          faults?: Partial<FaultSettings>;
          platform?: Partial<PlatformBehaviourSettings>;
          webhooks?: { parallelism?: unknown };
        };
        // Checked first, so a bad value changes nothing.
        const parallelism =
          settings.webhooks?.parallelism === undefined ? undefined : checkParallelism(settings.webhooks.parallelism);
        if (settings.platform) parts.platform.configure(settings.platform);
        if (parallelism !== undefined) parts.webhooks.configure({ concurrency: parallelism });
        if (settings.limits) parts.protection.configure(settings.limits);
        if (settings.faults) parts.faults.configure(settings.faults);
        return json(200, settingsOf(parts));
      }
      if (path === 'webhooks' && method === 'GET') {
        // Per step: deliveries, successes and the failures that stay as Failed system jobs; `?summary=true` leaves
        // out the deliveries themselves (an import makes thousands).
        const deliveries = parts.webhooks.deliveries();
        return json(200, {
          ...parts.webhooks.status(),
          steps: stepCounts(deliveries),
          ...(query.get('summary') === 'true' ? {} : { value: deliveries }),
        });
      }
      if (path === 'webhooks/idle' && method === 'GET') {
        await parts.webhooks.idle();
        return json(200, { idle: true });
      }
      return undefined;
    } catch (error) {
      return errorResponse(error instanceof DataverseFault ? error : fault.badRequest((error as Error).message));
    }
  };
}

function settingsOf(parts: AdminParts) {
  return {
    limits: parts.protection.limits,
    faults: parts.faults.settings,
    platform: parts.platform.settings,
    webhooks: { parallelism: parts.webhooks.status().parallelism },
  };
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw fault.badRequest('The settings body must be JSON: {"limits":{…},"faults":{…},"webhooks":{"parallelism":…}}.');
  }
}
