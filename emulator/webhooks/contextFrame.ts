import type { DcRemoteExecutionContext } from './dataContractShapes';
import { toDataContractDate } from './toDataContractDate';

const ASYNCHRONOUS = 1;
/** IsolationMode is 1 in every reference sample. */
const ISOLATION_MODE = 1;
const OWNING_EXTENSION_TABLE = 'sdkmessageprocessingstep';

/** What every context of one delivery shares, whatever its message: who, when, which step. */
export interface ContextCommon {
  readonly message: string;
  readonly table: string;
  readonly recordId: string;
  readonly mode: number;
  readonly depth: number;
  readonly correlationId: string;
  readonly userId: string;
  readonly initiatingUserId: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly businessUnitId: string;
  readonly operationId: string;
  readonly operationCreatedOn: Date;
  readonly requestId: string | null;
  readonly stepId: string;
  readonly stepName: string | null;
}

/** The members that differ between the context and its ParentContext. */
export type VaryingMembers = Pick<
  DcRemoteExecutionContext,
  'InputParameters' | 'OutputParameters' | 'ParentContext' | 'PostEntityImages' | 'PreEntityImages' | 'SharedVariables'
>;

/**
 * One RemoteExecutionContext with exactly the 27 members of the docs sample, in its (alphabetical) order
 * (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks). Newer captures add
 * InitiatingUserAzureActiveDirectoryObjectId, UserAzureActiveDirectoryObjectId and InitiatingUserAgent; the emulator
 * leaves them out to match the documented sample: a handler must not need them.
 */
export function contextFrame(common: ContextCommon, stage: number, varying: VaryingMembers): DcRemoteExecutionContext {
  return {
    BusinessUnitId: common.businessUnitId,
    CorrelationId: common.correlationId,
    Depth: common.depth,
    InitiatingUserId: common.initiatingUserId,
    InputParameters: varying.InputParameters,
    IsExecutingOffline: false,
    // Synchronous steps run inside the transaction, asynchronous ones after it (samples).
    IsInTransaction: common.mode !== ASYNCHRONOUS,
    IsOfflinePlayback: false,
    IsolationMode: ISOLATION_MODE,
    MessageName: common.message,
    Mode: common.mode,
    OperationCreatedOn: toDataContractDate(common.operationCreatedOn),
    OperationId: common.operationId,
    OrganizationId: common.organizationId,
    OrganizationName: common.organizationName,
    OutputParameters: varying.OutputParameters,
    OwningExtension: {
      Id: common.stepId,
      KeyAttributes: [],
      LogicalName: OWNING_EXTENSION_TABLE,
      Name: common.stepName,
      RowVersion: null,
    },
    ParentContext: varying.ParentContext,
    PostEntityImages: varying.PostEntityImages,
    PreEntityImages: varying.PreEntityImages,
    PrimaryEntityId: common.recordId,
    PrimaryEntityName: common.table,
    RequestId: common.requestId,
    SecondaryEntityName: 'none',
    SharedVariables: varying.SharedVariables,
    Stage: stage,
    UserId: common.userId,
  };
}
