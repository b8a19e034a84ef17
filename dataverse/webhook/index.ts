/** The webhook side of Dataverse: reading the RemoteExecutionContext it POSTs. */
export { parseRemoteExecutionContext } from './parseRemoteExecutionContext';
export type { RemoteExecutionContext } from './RemoteExecutionContext';
export { WebhookPayloadError } from './WebhookPayloadError';
export { SIZE_EXCEEDED_HEADER, type WebhookHeaders } from './webhookHeaders';
export {
  isEntityReference,
  isMoneyValue,
  isOptionValue,
  isWebhookEntity,
  type EntityReferenceValue,
  type MoneyValue,
  type OptionValue,
  type StringPairValue,
  type UnknownValue,
  type WebhookEntity,
  type WebhookPrimitive,
  type WebhookValue,
} from './webhookValues';
