import { DataverseError } from '../../dataverse';
import { isEntityReference, isOptionValue, type RemoteExecutionContext } from '../../dataverse/webhook';
import { LEAD, LEAD_STATE, OPPORTUNITY } from '../../schema/names';
import { callBudget, isDeliveryFor, payloadValue, runWithinBudget } from '../shared';
import type { Plugin, PluginResult, PluginServices } from '../Plugin';
import { clearMarketingOnly, type ClearResult } from './clearMarketingOnly';
import type { LeadQualifiedClient } from './LeadQualifiedClient';
import { LEAD_QUALIFIED_STEPS, QUALIFIED_POST_IMAGE } from './steps';

export const LEAD_QUALIFIED = 'lead-qualified';

/**
 * When a lead is qualified its parent contact stops being marketing-only (ARCHITECTURE.md capability 3). Disqualifying
 * leaves the flag; reopening never sets it again (only contact creation does). Runs on lead Update of statecode and
 * on opportunity Create with originatingleadid; both may fire for one qualification, and the second finds nothing to do.
 */
export const leadQualified: Plugin = {
  name: LEAD_QUALIFIED,
  description: "Clears marketingonly on a qualified lead's parent contact: it is a sales contact now.",
  steps: LEAD_QUALIFIED_STEPS,
  async handle(context: RemoteExecutionContext, services: PluginServices): Promise<PluginResult> {
    if (!isDeliveryFor(context, LEAD_QUALIFIED_STEPS)) {
      return {
        outcome: 'nothing-to-do',
        detail: 'Not an event of this plug-in (no state change, no new opportunity).',
      };
    }
    return runWithinBudget(LEAD_QUALIFIED, services, () => handleQualification(context, services));
  },
};

async function handleQualification(context: RemoteExecutionContext, services: PluginServices): Promise<PluginResult> {
  const client: LeadQualifiedClient = services.dataverse;
  const call = () => callBudget(LEAD_QUALIFIED, services);
  if (context.primaryEntityName === OPPORTUNITY.table) return resultOf(await fromOpportunity(context, client, call));
  const state = payloadValue(context, LEAD.state, QUALIFIED_POST_IMAGE);
  if (state.known && !(isOptionValue(state.value) && state.value.value === LEAD_STATE.qualified)) {
    return { outcome: 'nothing-to-do', detail: 'The lead was not qualified (opened or disqualified): the flag stays.' };
  }
  const parent = payloadValue(context, LEAD.parentContact, QUALIFIED_POST_IMAGE);
  if (parent.known && !isEntityReference(parent.value)) {
    return { outcome: 'nothing-to-do', detail: 'The qualified lead has no parent contact.' };
  }
  return resultOf(await clearMarketingOnly(client, context.primaryEntityId, !state.known, call));
}

/** An opportunity made from a lead: the lead's contact is a sales contact now, whatever order QualifyLead runs in. */
async function fromOpportunity(
  context: RemoteExecutionContext,
  client: LeadQualifiedClient,
  call: () => ReturnType<typeof callBudget>,
): Promise<ClearResult> {
  const origin = payloadValue(context, OPPORTUNITY.originatingLead, '');
  let leadId: string | undefined;
  if (origin.known) {
    leadId = isEntityReference(origin.value) ? origin.value.id : undefined;
  } else {
    leadId = await originatingLeadOf(client, context.primaryEntityId, call);
  }
  if (leadId === undefined) return { kind: 'nothing-to-do', reason: 'The opportunity has no originating lead.' };
  return clearMarketingOnly(client, leadId, false, call);
}

/** The payload was over 256 KB and carried no Target: read the opportunity's originating lead. */
async function originatingLeadOf(
  client: LeadQualifiedClient,
  opportunityId: string,
  call: () => ReturnType<typeof callBudget>,
): Promise<string | undefined> {
  try {
    const row = await client.retrieve(
      OPPORTUNITY.set,
      opportunityId,
      { select: [OPPORTUNITY.originatingLeadValue] },
      call(),
    );
    const value = row[OPPORTUNITY.originatingLeadValue];
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch (error) {
    if (error instanceof DataverseError && error.status === 404) return undefined;
    throw error;
  }
}

function resultOf(result: ClearResult): PluginResult {
  if (result.kind === 'nothing-to-do') return { outcome: 'nothing-to-do', detail: result.reason };
  return {
    outcome: 'done',
    detail: `Cleared marketingonly on the contact ${result.contactId}: it is a sales contact now.`,
    counts: { contactsUpdated: 1 },
  };
}
