/**
 * The JSON shapes of a RemoteExecutionContext as Dataverse POSTs it (DataContract JSON), member for member as in the
 * docs sample (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks): dictionaries are arrays
 * of `{key, value}`, typed values carry `__type` first, members are in alphabetical order.
 */

const CONTRACTS = 'http://schemas.microsoft.com/xrm/2011/Contracts';

export const DC_TYPE = {
  entity: `Entity:${CONTRACTS}`,
  entityReference: `EntityReference:${CONTRACTS}`,
  optionSetValue: `OptionSetValue:${CONTRACTS}`,
  money: `Money:${CONTRACTS}`,
  stringPair: 'KeyValuePairOfstringstring:#System.Collections.Generic',
} as const;

export interface DcKeyValue<T> {
  readonly key: string;
  readonly value: T;
}

export interface DcOptionSetValue {
  readonly __type: typeof DC_TYPE.optionSetValue;
  readonly Value: number;
}

export interface DcMoney {
  readonly __type: typeof DC_TYPE.money;
  readonly Value: number;
}

/** The members of an EntityReference; OwningExtension has them without `__type`. */
export interface DcReferenceMembers {
  readonly Id: string;
  readonly KeyAttributes: readonly [];
  readonly LogicalName: string;
  readonly Name: string | null;
  readonly RowVersion: null;
}

export interface DcEntityReference extends DcReferenceMembers {
  readonly __type: typeof DC_TYPE.entityReference;
}

/** A column value: GUIDs, text, numbers and booleans are plain; dates are `/Date(ms)/` text. */
export type DcAttributeValue =
  string | number | boolean | null | DcOptionSetValue | DcMoney | DcEntityReference | readonly DcOptionSetValue[];

/** An Entity without `__type`: how images are written. */
export interface DcEntityMembers {
  readonly Attributes: readonly DcKeyValue<DcAttributeValue>[];
  readonly EntityState: null;
  readonly FormattedValues: readonly DcKeyValue<string>[];
  readonly Id: string;
  readonly KeyAttributes: readonly [];
  readonly LogicalName: string;
  readonly RelatedEntities: readonly [];
  readonly RowVersion: null;
}

/** An Entity as an input parameter (Target): typed. */
export interface DcEntity extends DcEntityMembers {
  readonly __type: typeof DC_TYPE.entity;
}

export interface DcStringPair {
  readonly __type: typeof DC_TYPE.stringPair;
  readonly key: string;
  readonly value: string;
}

/**
 * An input or output parameter. Beyond Target and id, messages carry choices (QualifyLead's Status), references
 * (LeadId) and reference lists: an EntityReferenceCollection (QualifyLead's CreatedEntities) is a collection data
 * contract, written as a plain array of its items, as a multi-select choice is (captures).
 */
export type DcParameterValue =
  string | number | boolean | null | DcEntity | DcEntityReference | DcOptionSetValue | readonly DcEntityReference[];
export type DcSharedVariable = string | number | boolean | null | readonly DcStringPair[];

/** The 27 members of the docs sample, nothing more. */
export interface DcRemoteExecutionContext {
  readonly BusinessUnitId: string;
  readonly CorrelationId: string;
  readonly Depth: number;
  readonly InitiatingUserId: string;
  readonly InputParameters: readonly DcKeyValue<DcParameterValue>[];
  readonly IsExecutingOffline: boolean;
  readonly IsInTransaction: boolean;
  readonly IsOfflinePlayback: boolean;
  readonly IsolationMode: number;
  readonly MessageName: string;
  readonly Mode: number;
  readonly OperationCreatedOn: string;
  readonly OperationId: string;
  readonly OrganizationId: string;
  readonly OrganizationName: string;
  readonly OutputParameters: readonly DcKeyValue<DcParameterValue>[];
  readonly OwningExtension: DcReferenceMembers;
  readonly ParentContext: DcRemoteExecutionContext | null;
  readonly PostEntityImages: readonly DcKeyValue<DcEntityMembers>[];
  readonly PreEntityImages: readonly DcKeyValue<DcEntityMembers>[];
  readonly PrimaryEntityId: string;
  readonly PrimaryEntityName: string;
  readonly RequestId: string | null;
  readonly SecondaryEntityName: string;
  readonly SharedVariables: readonly DcKeyValue<DcSharedVariable>[];
  readonly Stage: number;
  readonly UserId: string;
}

/** What is left of a context over 256 KB: Dataverse removes the bulky members (use-webhooks). */
export type DcTrimmedRemoteExecutionContext = Omit<
  DcRemoteExecutionContext,
  'InputParameters' | 'PreEntityImages' | 'PostEntityImages' | 'ParentContext'
>;
