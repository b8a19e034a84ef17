import type { DataverseClient } from '../../dataverse';
import type { Plugin } from '../../plugins/Plugin';
import { applyPlans, withoutSecretInErrors } from './applyPlans';
import { findOwnedEndpoints, findOwnedSteps } from './findOwnedRows';
import { planDeletions } from './planDeletions';
import type { RegistrationReport } from './RegistrationReport';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface UnregisterOptions {
  readonly dryRun: boolean;
}

/**
 * Removes what `registerWebhooks` made: LeadLink's endpoint (by its fixed id, or by its name), the steps with the
 * registry's ids, named `LeadLink: …` or bound to that endpoint, and their images. Rows of anyone else stay.
 * Rows that came with the managed LeadLink solution cannot be deleted one by one; uninstall the solution instead.
 */
export async function unregisterWebhooks(
  client: DataverseClient,
  plugins: readonly Plugin[],
  options: UnregisterOptions,
): Promise<RegistrationReport> {
  // Straight from the registry, without its checks: removing must work even when a declaration is wrong.
  const stepIds = plugins.flatMap((p) => p.steps.map((s) => s.stepId)).filter((id) => GUID.test(id));
  return withoutSecretInErrors(undefined, async () => {
    const endpoints = await findOwnedEndpoints(client);
    const steps = await findOwnedSteps(
      client,
      stepIds,
      endpoints.map((e) => e.id),
    );
    const plan = await planDeletions(client, steps, endpoints);
    return applyPlans(
      'unregister',
      [plan],
      options.dryRun,
      'Rows that came with the managed LeadLink solution can only be removed by deleting the solution.',
    );
  });
}
