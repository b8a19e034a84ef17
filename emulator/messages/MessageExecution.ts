import type { RowValues } from '../store/values';

/** The messages beyond Create, Update and Delete that the emulator runs and raises webhook events for. */
export type PlatformMessage = 'QualifyLead' | 'Merge';

export interface RecordRef {
  readonly logicalName: string;
  readonly id: string;
}

/**
 * A parameter value as the platform hands it to steps (the SDK request's types): a Boolean, an Int32, a Guid (text),
 * an OptionSetValue, an EntityReference, an EntityReferenceCollection or an Entity.
 */
export type MessageValue =
  | boolean
  | number
  | string
  | { readonly kind: 'option'; readonly value: number }
  | ({ readonly kind: 'reference' } & RecordRef)
  | { readonly kind: 'references'; readonly refs: readonly RecordRef[] }
  | ({ readonly kind: 'entity'; readonly row: RowValues } & RecordRef);

/** One run of a message: what its event says — the primary record, the SDK request's parameters and its response's. */
export interface MessageExecution {
  readonly message: PlatformMessage;
  /** The primary record (PrimaryEntityName / PrimaryEntityId). */
  readonly table: string;
  readonly recordId: string;
  /** InputParameters in the SDK request's names (QualifyLeadRequest.LeadId, MergeRequest.SubordinateId). */
  readonly inputs: readonly (readonly [string, MessageValue])[];
  readonly outputs: readonly (readonly [string, MessageValue])[];
  /** Whether the write the message is recorded on also raises its own Update event. */
  readonly raisesUpdate: boolean;
}
