import type { PluginResult, PluginServices } from '../Plugin';
import { throttledBeyondBudget, type Deferral } from './Deferrals';

/**
 * What a plug-in answers when its work failed: `deferred` when Dataverse throttled it beyond the answer's time and
 * this instance can leave the work to the sweep; otherwise the failure goes on (the webhook answers 503 for a
 * transient one, so Dataverse retries).
 */
export function deferWhenThrottled(
  error: unknown,
  services: Pick<PluginServices, 'deferrals'>,
  deferral: Omit<Deferral, 'retryAfterMs'>,
): PluginResult {
  const throttled = throttledBeyondBudget(error);
  if (throttled === undefined || services.deferrals === undefined) throw error;
  services.deferrals.defer({ ...deferral, retryAfterMs: throttled.retryAfterMs });
  const wait = throttled.retryAfterMs === undefined ? '' : ` for ${Math.ceil(throttled.retryAfterMs / 1000)} s`;
  return {
    outcome: 'deferred',
    detail: `Dataverse throttled LeadLink${wait}, longer than this answer can wait: the sweep, started early in this instance, does the work.`,
    counts: { deferred: 1 },
  };
}
