import { DataverseError } from '../../dataverse';
import { RegistrationError } from '../errors/RegistrationError';
import { StepDeclarationError } from '../errors/StepDeclarationError';
import type { PlannedChange } from './PlannedChange';
import { summarize, type RegistrationReport } from './RegistrationReport';
import { scrubSecret, type WebhookAuth } from './webhookAuth';

/** Applies the plans in order (not on a dry run) and reports their rows. */
export async function applyPlans(
  operation: RegistrationReport['operation'],
  plans: readonly PlannedChange[],
  dryRun: boolean,
  /** Said after a failure, e.g. what to do instead. */
  hint = '',
): Promise<RegistrationReport> {
  if (!dryRun) {
    let done = 0;
    for (const plan of plans) {
      try {
        await plan.apply();
      } catch (error) {
        const first = plan.items[0];
        const where = first ? `${first.component} '${first.name}'` : 'a row';
        throw new RegistrationError(
          `${operation} stopped at ${where} after ${done} of ${plans.length} changes: ${(error as Error).message}. Nothing is undone; ${operation} is safe to run again.${hint ? ` ${hint}` : ''}`,
          { cause: error },
        );
      }
      done++;
    }
  }
  const items = plans.flatMap((p) => p.items);
  return { operation, dryRun, items, summary: summarize(items, dryRun) };
}

/**
 * Runs a registration and makes sure no error leaving it carries the webhook key: our own errors never contain it,
 * anything else is rewrapped with the key masked and without its cause.
 */
export async function withoutSecretInErrors<T>(auth: WebhookAuth | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StepDeclarationError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const scrubbed = auth ? scrubSecret(message, auth) : message;
    if (scrubbed === message && (error instanceof RegistrationError || error instanceof DataverseError)) throw error;
    throw new RegistrationError(scrubbed);
  }
}
