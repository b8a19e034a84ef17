import type { EntityReferenceValue, WebhookEntity, WebhookValue } from './webhookValues';

/**
 * What a webhook tells a handler: Microsoft.Xrm.Sdk.RemoteExecutionContext, typed
 * (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks). GUIDs are lower case.
 *
 * Read strictly, because a handler cannot act without them: the message, the table, the record's id and the stage.
 * The Target and the images are what plug-ins read, so they are used only when every member checks out; one that
 * does not is set aside whole and the plug-ins read the record by id, as when Dataverse drops it over 256 KB. Read
 * leniently, because no plug-in needs them: everything else. A part that is not as expected is left out (optional
 * members are then absent) and named in `ignored`; it never fails the delivery.
 */
export interface RemoteExecutionContext {
  /** The SDK message, e.g. `Create`, `Update`, `Delete`. */
  readonly messageName: string;
  /** The table's logical name (PrimaryEntityName). */
  readonly primaryEntityName: string;
  /** The record's id (PrimaryEntityId): what a handler reads the record by when `sizeExceeded`. */
  readonly primaryEntityId: string;
  /** `none` unless the message has a second table. */
  readonly secondaryEntityName?: string;
  /** 10 PreValidation, 20 PreOperation, 30 MainOperation, 40 PostOperation. */
  readonly stage: number;
  /** 0 synchronous, 1 asynchronous. */
  readonly mode?: number;
  /** How deep in a chain of plug-ins this call is; above 1 it was caused by another plug-in's write. */
  readonly depth?: number;
  readonly correlationId?: string;
  /** Null in the docs sample; a GUID in newer captures. */
  readonly requestId: string | null;
  readonly operationId?: string;
  readonly organizationId?: string;
  readonly organizationName?: string;
  readonly userId?: string;
  readonly initiatingUserId?: string;
  readonly businessUnitId?: string;
  /** The instant the operation was created (see parseOperationCreatedOn.ts for how the offset form is read). */
  readonly operationCreatedOn?: Date;
  readonly isInTransaction: boolean;
  /** The step (sdkmessageprocessingstep) that sent this, when present. */
  readonly owningExtension?: EntityReferenceValue;
  /**
   * InputParameters `Target`: the record for Create/Update, a reference for Delete. Absent when `sizeExceeded`, when
   * it was set aside (see `ignored`), and for messages without a Target (e.g. SetState carries `EntityMoniker`).
   */
  readonly target?: WebhookEntity | EntityReferenceValue;
  /** All input parameters by name, Target included. Empty when `sizeExceeded`. */
  readonly inputParameters: Readonly<Record<string, WebhookValue>>;
  /** E.g. `id` after Create. */
  readonly outputParameters: Readonly<Record<string, WebhookValue>>;
  readonly sharedVariables: Readonly<Record<string, WebhookValue>>;
  /** Images by their registered alias (e.g. `PreImage`; `AsynchronousStepPrimaryName` on async steps). */
  readonly preEntityImages: Readonly<Record<string, WebhookEntity>>;
  readonly postEntityImages: Readonly<Record<string, WebhookEntity>>;
  /** The context of the operation that caused this one (e.g. the main operation, stage 30), when sent. */
  readonly parentContext?: RemoteExecutionContext;
  /**
   * True when Dataverse dropped InputParameters, the images and ParentContext because the payload passed 256 KB
   * (header `x-ms-dynamics-msg-size-exceeded`, or InputParameters missing): read the record by `primaryEntityId`.
   */
  readonly sizeExceeded: boolean;
  /**
   * The parts left out because their shape was not the expected one, each saying where and what
   * (`ParentContext.Stage is missing`), at most 20 and then a count. The parser always sets it; empty for a
   * well-formed body.
   */
  readonly ignored?: readonly string[];
}
