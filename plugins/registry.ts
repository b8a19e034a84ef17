import { interactionScoredPlugin } from './interactionScored';
import { leadQualified } from './leadQualified';
import { orphanLeadContact } from './orphanLeadContact';
import type { Plugin } from './Plugin';
import type { StepRegistration } from './types';

/**
 * Every remote plug-in LeadLink runs, with its step registrations: the single source of truth. The webhook
 * dispatches by it, the solution writes its steps from it, and `leadlink register` registers them.
 */
export const PLUGINS: readonly Plugin[] = [orphanLeadContact, leadQualified, interactionScoredPlugin];

/**
 * The plug-ins a delivered event is for. Dataverse names the step that sent it (OwningExtension); registration
 * gives each step the id in its StepRegistration, so that id picks the one plug-in. An event without a known step
 * (registered by hand, or an older registration) goes to every plug-in with a step for its message, table and stage.
 */
export function pluginsFor(
  plugins: readonly Plugin[],
  event: { readonly message: string; readonly table: string; readonly stage: number; readonly stepId?: string },
): { plugin: Plugin; step: StepRegistration }[] {
  const all = plugins.flatMap((plugin) => plugin.steps.map((step) => ({ plugin, step })));
  const byStep =
    event.stepId === undefined ? [] : all.filter(({ step }) => step.stepId === event.stepId?.toLowerCase());
  if (byStep.length > 0) return byStep;
  return all.filter(
    ({ step }) => step.message === event.message && step.table === event.table && step.stage === event.stage,
  );
}
