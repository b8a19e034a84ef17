import { isWebhookEntity, type RemoteExecutionContext, type WebhookValue } from '../../dataverse/webhook';
import type { StepRegistration } from '../types';

/** What a payload says about one column: its value, or that it does not say. */
export type PayloadValue = { readonly known: true; readonly value: WebhookValue } | { readonly known: false };

const UNKNOWN: PayloadValue = { known: false };

/**
 * A column of the event's record as the payload shows it. The Target wins (it holds what the request wrote); then
 * the post image with this alias, where a missing column means null — images leave out columns without a value; then,
 * for Create only, a column missing from the Target is null too, since a Create Target carries every column set.
 * An Update Target holds only the changed columns, so without an image a missing column is unknown.
 */
export function payloadValue(context: RemoteExecutionContext, column: string, imageAlias: string): PayloadValue {
  if (context.sizeExceeded) return UNKNOWN;
  const target = isWebhookEntity(context.target) ? context.target : undefined;
  if (target && column in target.attributes) return { known: true, value: target.attributes[column] ?? null };
  const image = context.postEntityImages[imageAlias];
  if (image) return { known: true, value: image.attributes[column] ?? null };
  if (target && context.messageName === 'Create') return { known: true, value: null };
  return UNKNOWN;
}

/**
 * Whether this delivery is one the step asked for. The webhook runs every plug-in registered for the event's
 * message, table and stage, so a plug-in also sees deliveries of other plug-ins' steps on the same event; an Update
 * concerns a step only when its Target holds one of the step's filtering attributes. Without a Target (payload over
 * 256 KB) it cannot tell, and says yes: the handler then reads the record.
 */
export function isDeliveryFor(context: RemoteExecutionContext, steps: readonly StepRegistration[]): boolean {
  return steps.some((step) => {
    if (step.message !== context.messageName || step.table !== context.primaryEntityName) return false;
    if (step.message !== 'Update' || step.filteringAttributes.length === 0) return true;
    if (!isWebhookEntity(context.target)) return true;
    const written = context.target.attributes;
    return step.filteringAttributes.some((column) => column in written);
  });
}
