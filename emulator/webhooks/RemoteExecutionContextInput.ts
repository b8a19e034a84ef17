import type { ColumnDef } from '../../schema/types';
import type { WebhookRow } from './webhookRow';

/** The messages the emulator raises webhooks for. */
export type WebhookMessage = 'Create' | 'Update' | 'Delete';

/** A shared variable: a plain value, or a string map written as KeyValuePairOfstringstring items. */
export type SharedVariableInput = string | number | boolean | null | Readonly<Record<string, string>>;

/** One Create, Update or Delete, as the emulator describes it to the body builder. */
export interface RemoteExecutionContextInput {
  readonly message: WebhookMessage;
  /** The table's logical name. */
  readonly table: string;
  readonly recordId: string;
  /** The table's columns: their types decide how each value is written. */
  readonly columns: readonly ColumnDef[];
  readonly primaryIdAttribute: string;
  readonly primaryNameAttribute: string;
  /**
   * Create/Update only (required there): the Target at PostOperation — for Create all written columns, for Update
   * the changed ones — plus what the platform set (modifiedon…). The primary id column is added when absent.
   * Delete's Target is an EntityReference to the record, so Delete takes none.
   */
  readonly target?: WebhookRow;
  /** The Target as the request carried it, for the ParentContext (stage 30). Defaults to `target`. */
  readonly requestTarget?: WebhookRow;
  /** Registered images by alias, each the columns it was registered for. Delete has pre images only. */
  readonly preImages?: Readonly<Record<string, WebhookRow>>;
  readonly postImages?: Readonly<Record<string, WebhookRow>>;
  /** Display strings by column (choice labels, formatted dates…); each entity carries those of its columns. */
  readonly formattedValues?: Readonly<Record<string, string>>;
  /** The step's stage: 10, 20 or 40; LeadLink registers PostOperation (40), the default. */
  readonly stage?: number;
  /** 1 asynchronous (the default) or 0 synchronous. */
  readonly mode?: number;
  /** 1 for a change a user or app made; one more for each plug-in write in between. */
  readonly depth?: number;
  readonly correlationId: string;
  readonly userId: string;
  /** Defaults to `userId`. */
  readonly initiatingUserId?: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly businessUnitId: string;
  readonly operationId: string;
  /** Null in the docs sample (the default). */
  readonly requestId?: string | null;
  readonly operationCreatedOn: Date;
  /** The sdkmessageprocessingstep that fires (OwningExtension) and its name (null in the docs sample). */
  readonly stepId: string;
  readonly stepName?: string | null;
  /**
   * The record's primary name, for the `AsynchronousStepPrimaryName` post image of an async Create/Update.
   * Defaults to the primary name column's text in `target`, else null.
   */
  readonly primaryName?: string | null;
  readonly sharedVariables?: Readonly<Record<string, SharedVariableInput>>;
  /**
   * The body passed 256 KB: Dataverse then removes InputParameters, PreEntityImages, PostEntityImages and
   * ParentContext (and sends `x-ms-dynamics-msg-size-exceeded`, which is the caller's part).
   */
  readonly sizeExceeded?: boolean;
}
