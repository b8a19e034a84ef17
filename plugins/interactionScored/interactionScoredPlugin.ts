/**
 * The plug-in on leadlink_interaction Create (post-operation, asynchronous): rescores the open leads of the
 * interaction's contact — and, when the model is account-based, every open lead of that contact's account. The
 * contact comes from the Target; when Dataverse dropped it (payload over 256 KB) the interaction is read by id.
 * Safe to run twice: unchanged leads are not written and the sales-ready task has a deterministic id.
 */
import { DataverseError } from '../../dataverse';
import type { RemoteExecutionContext } from '../../dataverse/webhook';
import { isEntityReference, isWebhookEntity } from '../../dataverse/webhook';
import { INTERACTION } from '../../schema/leadlink';
import { MODE, STAGE } from '../types';
import { PluginGroups, rescoreGroup } from '../groupCommit';
import type { Plugin, PluginResult, PluginServices } from '../Plugin';
import type { RescoreSummary } from '../rescoring';

export const INTERACTION_SCORED_STEP_ID = '5c0e7a31-2f4b-4d8e-9a16-3b7d0c9e8f42';

/** Interactions arriving together in this process are rescored together (plugins/groupCommit). */
const groups = new PluginGroups<string, RescoreSummary>((contactIds, services) => rescoreGroup(contactIds, services));

export const interactionScoredPlugin: Plugin = {
  name: 'interaction-scored',
  description: "Rescores the open leads of a new interaction's contact (and of its account, for account-based models).",
  steps: [
    {
      message: 'Create',
      table: INTERACTION.table,
      stage: STAGE.postOperation,
      mode: MODE.asynchronous,
      filteringAttributes: [],
      images: [],
      stepId: INTERACTION_SCORED_STEP_ID,
    },
  ],
  handle: handleInteractionCreated,
};

async function handleInteractionCreated(
  context: RemoteExecutionContext,
  services: PluginServices,
): Promise<PluginResult> {
  const contactId = await contactOf(context, services);
  if (contactId === undefined) {
    return { outcome: 'nothing-to-do', detail: 'The interaction has no contact (or no longer exists).' };
  }
  const grouped = groups.submit(contactId, services);
  // A failure is rethrown (rescoreGroup.ts): the webhook answers 503 for a transient one and Dataverse tries once more.
  const summary = grouped ? await grouped : await alone(contactId, services);
  const group = grouped ? ' (with the contacts of the other interactions of its group)' : '';
  return {
    outcome: summary.changed > 0 || summary.tasksCreated > 0 ? 'done' : 'nothing-to-do',
    detail: `Rescored ${summary.scored} open lead(s)${group}; ${summary.changed} changed.`,
    counts: {
      scored: summary.scored,
      changed: summary.changed,
      becameSalesReady: summary.becameSalesReady,
      tasksCreated: summary.tasksCreated,
    },
  };
}

async function alone(contactId: string, services: PluginServices): Promise<RescoreSummary> {
  const [result] = await rescoreGroup([contactId], services);
  if (!result) throw new Error('The rescore gave no outcome');
  if (!result.ok) throw result.error;
  return result.value;
}

async function contactOf(context: RemoteExecutionContext, services: PluginServices): Promise<string | undefined> {
  const target = context.target;
  if (target !== undefined && isWebhookEntity(target)) {
    const contact = target.attributes[INTERACTION.contact];
    if (isEntityReference(contact)) return contact.id.toLowerCase();
    if (contact === null) return undefined;
  }
  const contactValue = `_${INTERACTION.contact}_value`;
  try {
    const row = await services.dataverse.retrieve(INTERACTION.entitySet, context.primaryEntityId, {
      select: [contactValue],
    });
    const id = row[contactValue];
    return typeof id === 'string' ? id.toLowerCase() : undefined;
  } catch (error) {
    if (error instanceof DataverseError && error.status === 404) return undefined;
    throw error;
  }
}
