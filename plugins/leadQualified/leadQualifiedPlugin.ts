import { DataverseError } from '../../dataverse';
import { isEntityReference, isOptionValue, type RemoteExecutionContext } from '../../dataverse/webhook';
import { LEAD, LEAD_STATE, OPPORTUNITY } from '../../schema/names';
import { budgetedClient, clearQualifiedGroup, deferWhenThrottled, PluginGroups } from '../groupCommit';
import { callBudget, isDeliveryFor, payloadValue, runWithinBudget } from '../common';
import type { Plugin, PluginResult, PluginServices } from '../Plugin';
import { clearMarketingOnly, type ClearDependencies, type ClearResult } from './clearMarketingOnly';
import type { LeadQualifiedClient } from './LeadQualifiedClient';
import { LEAD_QUALIFIED_STEPS, QUALIFIED_POST_IMAGE } from './steps';

export const LEAD_QUALIFIED = 'lead-qualified';
/** QualifyLeadRequest.LeadId: the lead the QualifyLead message qualified. */
const LEAD_ID_PARAMETER = 'LeadId';

export interface LeadQualifiedOptions {
  /** Waits before reading again after a conflict; a timer by default. */
  readonly pause?: (ms: number) => Promise<void>;
}

/**
 * When a lead is qualified its parent contact stops being marketing-only (ARCHITECTURE.md capability 3). Disqualifying leaves the
 * flag; reopening never sets it again (only contact creation does). Runs on QualifyLead, on lead Update of statecode
 * and on opportunity Create with originatingleadid; whichever comes first clears the flag, the others find nothing to
 * do. Every event only names a lead: the lead is read, and the flag cleared only when it is qualified now — a forged or
 * stale event (an opportunity of an open lead, an Update claiming statecode 1) changes nothing.
 */
export function createLeadQualifiedPlugin(options: LeadQualifiedOptions = {}): Plugin {
  const groups = new PluginGroups<string, ClearResult>((leadIds, services) =>
    clearQualifiedGroup(
      leadIds,
      budgetedClient(services.dataverse, () => callBudget(LEAD_QUALIFIED, services)),
    ),
  );
  return {
    name: LEAD_QUALIFIED,
    description: "Clears marketingonly on a qualified lead's parent contact: it is a sales contact now.",
    steps: LEAD_QUALIFIED_STEPS,
    async handle(context: RemoteExecutionContext, services: PluginServices): Promise<PluginResult> {
      if (!isDeliveryFor(context, LEAD_QUALIFIED_STEPS)) {
        return {
          outcome: 'nothing-to-do',
          detail: 'Not an event of this plug-in (no state change, no new opportunity, no qualification).',
        };
      }
      const deps: ClearDependencies = {
        client: services.dataverse,
        call: () => callBudget(LEAD_QUALIFIED, services),
        ...(options.pause ? { pause: options.pause } : {}),
      };
      // A qualification grouped with the others of this process (plugins/groupCommit), or alone.
      const clear = async (leadId: string) =>
        (await groups.submit(leadId, services)) ?? (await clearMarketingOnly(leadId, deps));
      try {
        return await runWithinBudget(LEAD_QUALIFIED, services, () => handleQualification(context, deps, clear));
      } catch (error) {
        return deferWhenThrottled(error, services, { plugin: LEAD_QUALIFIED, leadsToLink: [], otherEvents: 1 });
      }
    },
  };
}

async function handleQualification(
  context: RemoteExecutionContext,
  deps: ClearDependencies,
  clear: (leadId: string) => Promise<ClearResult>,
): Promise<PluginResult> {
  if (context.messageName === 'QualifyLead') return resultOf(await clear(qualifiedLeadOf(context)));
  if (context.primaryEntityName === OPPORTUNITY.table) {
    const leadId = await originatingLeadOf(context, deps);
    if (leadId === undefined) return { outcome: 'nothing-to-do', detail: 'The opportunity has no originating lead.' };
    return resultOf(await clear(leadId));
  }
  // A lead Update: what the payload says can spare a request when there is nothing to do, never cause a write.
  const state = payloadValue(context, LEAD.state, QUALIFIED_POST_IMAGE);
  if (state.known && !(isOptionValue(state.value) && state.value.value === LEAD_STATE.qualified)) {
    return { outcome: 'nothing-to-do', detail: 'The lead was not qualified (opened or disqualified): the flag stays.' };
  }
  const parent = payloadValue(context, LEAD.parentContact, QUALIFIED_POST_IMAGE);
  if (parent.known && !isEntityReference(parent.value)) {
    return { outcome: 'nothing-to-do', detail: 'The qualified lead has no parent contact.' };
  }
  return resultOf(await clear(context.primaryEntityId));
}

/** QualifyLead's payload names the lead in LeadId (and PrimaryEntityId, which is all there is past 256 KB). */
function qualifiedLeadOf(context: RemoteExecutionContext): string {
  const leadId = context.inputParameters[LEAD_ID_PARAMETER];
  return isEntityReference(leadId) && leadId.logicalName === LEAD.table ? leadId.id : context.primaryEntityId;
}

/** The lead an opportunity came from: in the payload, or — past 256 KB, without a Target — read from the opportunity. */
async function originatingLeadOf(
  context: RemoteExecutionContext,
  deps: ClearDependencies,
): Promise<string | undefined> {
  const origin = payloadValue(context, OPPORTUNITY.originatingLead, '');
  if (origin.known) return isEntityReference(origin.value) ? origin.value.id : undefined;
  return readOriginatingLead(deps.client, context.primaryEntityId, deps);
}

async function readOriginatingLead(
  client: LeadQualifiedClient,
  opportunityId: string,
  deps: ClearDependencies,
): Promise<string | undefined> {
  try {
    const row = await client.retrieve(
      OPPORTUNITY.set,
      opportunityId,
      { select: [OPPORTUNITY.originatingLeadValue] },
      deps.call(),
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
    counts: { contactsUpdated: 1, conflictsRetried: result.attempts - 1 },
  };
}

/** The instance the registry runs. */
export const leadQualified: Plugin = createLeadQualifiedPlugin();
