import type { DataverseClient } from '../../dataverse';
import type { Plugin } from '../../plugins/Plugin';
import { STEP } from '../webhook/registrationNames';
import { ENDPOINT_ID, STEP_NAME_PREFIX } from '../webhook/webhookIdentity';
import { webhookSteps } from '../webhook/webhookSteps';
import { applyPlans, withoutSecretInErrors } from './applyPlans';
import { checkFunctionUrl } from './checkFunctionUrl';
import { findStepsOf } from './findOwnedRows';
import { planDeletions } from './planDeletions';
import { planEndpoint } from './planEndpoint';
import type { PlannedChange } from './PlannedChange';
import { planStep } from './planStep';
import type { RegistrationReport } from './RegistrationReport';
import { resolveMessageFilters } from './resolveMessageFilters';
import { checkAuth, type WebhookAuth } from './webhookAuth';

export interface RegisterOptions {
  /** The URL Dataverse POSTs to, e.g. https://<app>.azurewebsites.net/api/webhooks/dataverse. */
  readonly functionUrl: string;
  readonly auth: WebhookAuth;
  /** Enable every step. Without it new steps are created disabled and existing steps keep their state. */
  readonly enable: boolean;
  /** Read and plan, write nothing. */
  readonly dryRun: boolean;
  /** Write the key even though nothing else of the endpoint changed (after the app setting's key was changed). */
  readonly rotateKey?: boolean;
}

/**
 * Registers LeadLink's webhook through the Web API: one ServiceEndpoint (contract 8) and, for every step in the
 * registry, an SdkMessageProcessingStep with its images, all under fixed ids. Idempotent: a rerun with the same
 * input reports every row unchanged and writes nothing; changed fields, filtering attributes or images are updated;
 * steps of LeadLink's endpoint that left the registry are deleted.
 */
export async function registerWebhooks(
  client: DataverseClient,
  plugins: readonly Plugin[],
  options: RegisterOptions,
): Promise<RegistrationReport> {
  const url = checkFunctionUrl(options.functionUrl);
  checkAuth(options.auth);
  const steps = webhookSteps(plugins);
  return withoutSecretInErrors(options.auth, async () => {
    const filters = await resolveMessageFilters(client, steps);
    const plans: PlannedChange[] = [await planEndpoint(client, url, options.auth, options.rotateKey === true)];
    for (const step of steps) plans.push(await planStep(client, step, filters, options.enable));
    const declared = new Set(steps.map((s) => s.id));
    const stale = (await findStepsOf(client, [ENDPOINT_ID]))
      .filter((row) => !declared.has(row.id) && row.name.startsWith(STEP_NAME_PREFIX))
      .map((row) => ({ ...row, reason: `no longer in the registry (${STEP.table} of the LeadLink endpoint)` }));
    if (stale.length > 0) plans.push(await planDeletions(client, stale, []));
    return applyPlans('register', plans, options.dryRun);
  });
}
