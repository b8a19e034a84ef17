import type { CallOptions } from '../../dataverse';
import type { PluginServices } from '../Plugin';
import { BudgetExceededError } from './BudgetExceededError';

/**
 * The options for one Dataverse call: whatever is left of the webhook's deadline, both as the client's retry budget
 * (a Retry-After that would end past it is not waited for) and as an abort signal for the request in flight. Under a
 * 429 storm the handler therefore gives up in time and the webhook answers 503 well inside Dataverse's 60 s.
 */
export function callBudget(plugin: string, services: Pick<PluginServices, 'deadline' | 'now'>): CallOptions {
  const remaining = services.deadline - services.now().getTime();
  if (remaining <= 0) throw new BudgetExceededError(plugin, -remaining);
  return { timeBudgetMs: remaining, signal: AbortSignal.timeout(remaining) };
}

/**
 * Runs a plug-in's Dataverse work, turning the abort of a request still in flight at the deadline (the signal's
 * TimeoutError) into a BudgetExceededError that names the plug-in.
 */
export async function runWithinBudget<T>(
  plugin: string,
  services: Pick<PluginServices, 'deadline' | 'now'>,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isTimeout(error))
      throw new BudgetExceededError(plugin, Math.max(0, services.now().getTime() - services.deadline));
    throw error;
  }
}

/** By name: the DOMException comes from Node's own realm, so `instanceof` is not reliable across realms. */
function isTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'TimeoutError';
}
