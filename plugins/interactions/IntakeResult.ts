/** The intake's answer, item by item, in the order sent. */
export type IntakeItemStatus = 'created' | 'existing' | 'duplicate' | 'invalid' | 'failed';

export interface IntakeItemResult {
  /** The item's position in the request, from 0. */
  readonly index: number;
  readonly sourceId?: string;
  /**
   * created: written now · existing: written by an earlier call (same source id), left as it was · duplicate: the
   * same source id earlier in this request, written once · invalid: not written, see `errors` · failed: Dataverse
   * refused or could not take it, see `errors` (`retryable` when trying again later may pass).
   */
  readonly status: IntakeItemStatus;
  /** The interaction's id (created or existing). */
  readonly id?: string;
  /** The contact it was recorded for, when the one named had been merged into it (Merge; followed via masterid). */
  readonly contactId?: string;
  /** For a duplicate: the index of the item it repeats. */
  readonly duplicateOf?: number;
  readonly errors?: readonly string[];
  readonly retryable?: boolean;
}

export interface IntakeResult {
  readonly received: number;
  readonly created: number;
  readonly existing: number;
  readonly duplicate: number;
  readonly invalid: number;
  readonly failed: number;
  readonly items: readonly IntakeItemResult[];
  /** Contacts of every accepted item (created, existing or duplicate): their leads are rescored. */
  readonly contactIds: readonly string[];
}
