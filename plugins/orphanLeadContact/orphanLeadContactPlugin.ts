import type { RemoteExecutionContext } from '../../dataverse/webhook';
import { ENV_VARS } from '../../schema/environmentVariables';
import { emailMatchingStrategy, type ContactMatchingStrategy } from '../identity';
import type { Plugin, PluginResult, PluginServices } from '../Plugin';
import { callBudget, runWithinBudget } from '../shared/callBudget';
import { ContactCreations } from './ContactCreations';
import { isDeliveryFor } from '../shared/eventColumns';
import { linkOrphanLead, type LinkResult } from './linkOrphanLead';
import { countingClient } from './OrphanLeadClient';
import { payloadVerdict } from './payloadVerdict';
import { ORPHAN_LEAD_CONTACT_STEPS } from './steps';

export const ORPHAN_LEAD_CONTACT = 'orphan-lead-contact';

export interface OrphanLeadContactOptions {
  readonly strategy?: ContactMatchingStrategy;
  /** Per process; a fresh one per plug-in instance. */
  readonly creations?: ContactCreations;
}

/**
 * Every open lead without a parent contact gets one: a matching active contact, or a new contact flagged
 * marketing-only (ARCHITECTURE.md capability 1), while the environment variable leadlink_OrphanLeadContactCreation
 * is on.
 * Safe to run twice and on its own writes: a linked lead ends the run before any request.
 */
export function createOrphanLeadContactPlugin(options: OrphanLeadContactOptions = {}): Plugin {
  const strategy = options.strategy ?? emailMatchingStrategy;
  const creations = options.creations ?? new ContactCreations();
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
      const counted = countingClient(services.dataverse);
      const result = await runWithinBudget(ORPHAN_LEAD_CONTACT, services, () =>
        linkOrphanLead(context.primaryEntityId, verdict.email, {
          client: counted.client,
          strategy,
          creations,
          call: () => callBudget(ORPHAN_LEAD_CONTACT, services),
        }),
      );
      return resultOf(result, { requests: counted.count(), sizeExceeded: context.sizeExceeded ? 1 : 0 });
    },
  };
}

function resultOf(result: LinkResult, counts: Record<string, number>): PluginResult {
  switch (result.kind) {
    case 'nothing-to-do':
      return { outcome: 'nothing-to-do', detail: result.reason, counts };
    case 'linked-existing':
      return { outcome: 'done', detail: `Linked the lead to the existing contact ${result.contactId}.`, counts };
    case 'linked-twin':
      return {
        outcome: 'done',
        detail: `Linked the lead to the contact ${result.contactId}, made for the same identity by another attempt.`,
        counts,
      };
    case 'created':
      return {
        outcome: 'done',
        detail: `Created the marketing-only contact ${result.contactId} and linked the lead to it.`,
        counts: { ...counts, contactsCreated: 1 },
      };
  }
}

/** The instance the registry runs. */
export const orphanLeadContact: Plugin = createOrphanLeadContactPlugin();
