import { leadQualified } from './leadQualified';
import { orphanLeadContact } from './orphanLeadContact';
import type { Plugin } from './Plugin';
import type { StepRegistration } from './types';

/**
 * Every remote plug-in LeadLink runs, with its step registrations: the single source of truth. The webhook
 * dispatches by it, the solution writes its steps from it, and `leadlink register` registers them.
 */
export const PLUGINS: readonly Plugin[] = [orphanLeadContact, leadQualified];

/** The plug-ins whose steps match a delivered event (message, table, stage). */
export function pluginsFor(
  plugins: readonly Plugin[],
  event: { readonly message: string; readonly table: string; readonly stage: number },
): { plugin: Plugin; step: StepRegistration }[] {
  const out: { plugin: Plugin; step: StepRegistration }[] = [];
  for (const plugin of plugins) {
    for (const step of plugin.steps) {
      if (step.message === event.message && step.table === event.table && step.stage === event.stage) out.push({ plugin, step });
    }
  }
  return out;
}
