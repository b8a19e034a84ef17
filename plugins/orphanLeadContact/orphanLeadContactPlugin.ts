import type { RemoteExecutionContext } from '../../dataverse/webhook';
import { ENV_VARS } from '../../schema/environmentVariables';
import { budgetedClient, deferWhenThrottled, linkLeadGroup, PluginGroups, type LinkRequest } from '../groupCommit';
import { emailMatchingStrategy, type ContactMatchingStrategy } from '../identity';
import type { Plugin, PluginResult, PluginServices } from '../Plugin';
import { callBudget, runWithinBudget } from '../common/callBudget';
import { ContactCreations } from './ContactCreations';
import { isDeliveryFor } from '../common/eventColumns';
import { linkOrphanLead, type LinkResult } from './linkOrphanLead';
import { countingClient } from './OrphanLeadClient';
import { payloadVerdict } from './payloadVerdict';
import { ORPHAN_LEAD_CONTACT_STEPS } from './steps';

export const ORPHAN_LEAD_CONTACT = 'orphan-lead-contact';

export interface OrphanLeadContactOptions {
  readonly strategy?: ContactMatchingStrategy;
  /** Per process; a fresh one per plug-in instance. */
  readonly creations?: ContactCreations;
  /** Waits before reading a lead again after it changed under the write; a timer by default. */
  readonly pause?: (ms: number) => Promise<void>;
}

/**
 * Every open lead without a parent contact gets one: a matching active contact, or a new contact flagged
 * marketing-only (ARCHITECTURE.md capability 1), while the environment variable leadlink_OrphanLeadContactCreation is on.
 * Safe to run twice and on its own writes: a linked lead ends the run before any request. Events that arrive together
 * in this process are linked as a group (plugins/groupCommit); one that Dataverse throttles beyond its answer's time
 * is deferred to the sweep, which this instance starts early.
 */
export function createOrphanLeadContactPlugin(options: OrphanLeadContactOptions = {}): Plugin {
  const strategy = options.strategy ?? emailMatchingStrategy;
  const creations = options.creations ?? new ContactCreations();
  const groups = new PluginGroups<LinkRequest, LinkResult>((requests, services) => {
    let requestsMade = 0;
    const started = services.now().getTime();
    const call = () => callBudget(ORPHAN_LEAD_CONTACT, services);
    const client = budgetedClient(services.dataverse, call, () => requestsMade++);
    return linkLeadGroup(requests, {
      client,
      strategy,
      call,
      log: services.log,
      ...(options.pause ? { pause: options.pause } : {}),
    }).finally(() =>
      services.log.info('group-commit.committed', {
        plugin: ORPHAN_LEAD_CONTACT,
        events: requests.length,
        requests: requestsMade,
        durationMs: services.now().getTime() - started,
      }),
    );
  });
  return {
    name: ORPHAN_LEAD_CONTACT,
    description: 'Links every open orphan lead to a matching contact, or to a new marketing-only contact.',
    steps: ORPHAN_LEAD_CONTACT_STEPS,
    async handle(context: RemoteExecutionContext, services: PluginServices): Promise<PluginResult> {
      if (!isDeliveryFor(context, ORPHAN_LEAD_CONTACT_STEPS)) {
        return {
          outcome: 'nothing-to-do',
          detail: 'Not an event of this plug-in (no parent contact or e-mail change).',
        };
      }
      const verdict = payloadVerdict(context);
      if (verdict.kind === 'skip') return { outcome: 'nothing-to-do', detail: verdict.reason };
      if (!(await services.settings.flag(ENV_VARS.orphanLeadContactCreation))) {
        const detail = `Contact creation for orphan leads is off (environment variable ${ENV_VARS.orphanLeadContactCreation}); nothing written.`;
        services.log.info('orphan-lead-contact.switched-off', { outcome: 'nothing-to-do' });
        return { outcome: 'nothing-to-do', detail };
      }
      const leadId = context.primaryEntityId;
      const sizeExceeded = context.sizeExceeded ? 1 : 0;
      try {
        const grouped = groups.submit({ leadId, email: verdict.email }, services);
        if (grouped !== undefined) {
          // The group counts its requests in its own log line; each event says it was grouped.
          const result = await runWithinBudget(ORPHAN_LEAD_CONTACT, services, () => grouped);
          return resultOf(result, { grouped: 1, sizeExceeded }, services.log);
        }
        const counted = countingClient(services.dataverse);
        const result = await runWithinBudget(ORPHAN_LEAD_CONTACT, services, () =>
          linkOrphanLead(leadId, verdict.email, {
            client: counted.client,
            strategy,
            creations,
            call: () => callBudget(ORPHAN_LEAD_CONTACT, services),
            ...(options.pause ? { pause: options.pause } : {}),
          }),
        );
        return resultOf(result, { requests: counted.count(), sizeExceeded }, services.log);
      } catch (error) {
        return deferWhenThrottled(error, services, {
          plugin: ORPHAN_LEAD_CONTACT,
          leadsToLink: [leadId],
          otherEvents: 0,
        });
      }
    },
  };
}

function resultOf(result: LinkResult, counts: Record<string, number>, log: PluginServices['log']): PluginResult {
  if (result.kind === 'nothing-to-do') return { outcome: 'nothing-to-do', detail: result.reason, counts };
  const linked = { ...counts, conflictsRetried: result.attempts - 1 };
  if (result.kind === 'created') {
    return {
      outcome: 'done',
      detail: `Created the marketing-only contact ${result.contactId} and linked the lead to it.`,
      counts: { ...linked, contactsCreated: 1 },
    };
  }
  const how = {
    'linked-existing': 'the existing contact',
    'linked-twin': 'the contact made for the same identity by another attempt,',
    'linked-master': 'the contact its identity’s contact was merged into,',
  }[result.kind];
  const applied = result.optOutsApplied;
  if (applied.length > 0) {
    // The one change LeadLink makes to an existing contact: say so (column names and the record id only).
    log.info('orphan-lead-contact.opt-outs-applied', { contactId: result.contactId, columns: applied });
  }
  return {
    outcome: 'done',
    detail:
      `Linked the lead to ${how} ${result.contactId}` +
      (applied.length > 0 ? `, and applied the lead's opt-outs to it (${applied.join(', ')}).` : '.'),
    counts: { ...linked, ...(applied.length > 0 ? { contactOptOutsTightened: 1 } : {}) },
  };
}

/** The instance the registry runs. */
export const orphanLeadContact: Plugin = createOrphanLeadContactPlugin();
