import type { ColumnDef } from '../../schema/types';
import type {
  DcKeyValue,
  DcParameterValue,
  DcRemoteExecutionContext,
  DcTrimmedRemoteExecutionContext,
} from './dataContractShapes';
import { type EntitySource, encodeEntity, encodeEntityReference } from './encodeEntity';
import { checkContextInput } from './checkContextInput';
import { postImagesOf, preImagesOf } from './contextImages';
import { sharedVariablesOf } from './sharedVariables';
import type { RemoteExecutionContextInput } from './RemoteExecutionContextInput';
import { toDataContractDate } from './toDataContractDate';
import { toDataContractJson } from './toDataContractJson';
import { RemoteExecutionContextError } from './RemoteExecutionContextError';
import type { WebhookRow } from './webhookRow';

export type { RemoteExecutionContextInput, SharedVariableInput, WebhookMessage } from './RemoteExecutionContextInput';
export type { DcRemoteExecutionContext, DcTrimmedRemoteExecutionContext } from './dataContractShapes';
export type { WebhookColumnValue, WebhookLookup, WebhookRow } from './webhookRow';
export { RemoteExecutionContextError } from './RemoteExecutionContextError';
export { ASYNC_PRIMARY_NAME_IMAGE } from './contextImages';

/** The ParentContext is the main operation (stage 30) of the same request (docs sample). */
const MAIN_OPERATION_STAGE = 30;
const POST_OPERATION_STAGE = 40;
const ASYNCHRONOUS = 1;
/** IsolationMode is 1 in every reference sample. */
const ISOLATION_MODE = 1;
const OWNING_EXTENSION_TABLE = 'sdkmessageprocessingstep';
/** Parameter and shared-variable names as the docs sample and captures write them. */
const PARAM = {
  target: 'Target',
  suppressDuplicateDetection: 'SuppressDuplicateDetection',
  createdId: 'id',
  changedEntityTypes: 'ChangedEntityTypes',
} as const;
/** The members that differ between the context and its ParentContext. */
type VaryingMember =
  'InputParameters' | 'OutputParameters' | 'ParentContext' | 'PostEntityImages' | 'PreEntityImages' | 'SharedVariables';

/**
 * The body Dataverse POSTs to a webhook for one Create, Update or Delete: a RemoteExecutionContext as DataContract
 * JSON (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks), slashes escaped.
 */
export function buildRemoteExecutionContext(input: RemoteExecutionContextInput): string {
  const context = remoteExecutionContextOf(input);
  return toDataContractJson(input.sizeExceeded ? withoutLargeMembers(context) : context);
}

/** Past 256 KB Dataverse removes these members (use-webhooks); the handler then reads the record by id. */
export function withoutLargeMembers(context: DcRemoteExecutionContext): DcTrimmedRemoteExecutionContext {
  const { InputParameters: _i, PreEntityImages: _pre, PostEntityImages: _post, ParentContext: _p, ...kept } = context;
  return kept;
}

/**
 * The same context as an object, with exactly the 27 members of the docs sample, in its (alphabetical) order.
 * Newer captures add InitiatingUserAzureActiveDirectoryObjectId, UserAzureActiveDirectoryObjectId and
 * InitiatingUserAgent; the emulator leaves them out to match the documented sample: a handler must not need them.
 */
export function remoteExecutionContextOf(input: RemoteExecutionContextInput): DcRemoteExecutionContext {
  checkContextInput(input);
  const columns = new Map<string, ColumnDef>(input.columns.map((c) => [c.name, c]));
  const source = (row: WebhookRow, formattedValues = input.formattedValues ?? {}): EntitySource => ({
    logicalName: input.table,
    id: input.recordId,
    columns,
    row,
    formattedValues,
  });
  const mode = input.mode ?? ASYNCHRONOUS;
  const requestTarget = input.message === 'Delete' ? undefined : (input.requestTarget ?? input.target);
  const target = targetOf(input, input.target, source);

  type Varying = Pick<DcRemoteExecutionContext, VaryingMember>;
  // Written in DataContract JSON's member order (ordinal, as in the docs sample).
  const frame = (stage: number, v: Varying): DcRemoteExecutionContext => ({
    BusinessUnitId: input.businessUnitId,
    CorrelationId: input.correlationId,
    Depth: input.depth ?? 1,
    InitiatingUserId: input.initiatingUserId ?? input.userId,
    InputParameters: v.InputParameters,
    IsExecutingOffline: false,
    // Synchronous steps run inside the transaction, asynchronous ones after it (samples).
    IsInTransaction: mode !== ASYNCHRONOUS,
    IsOfflinePlayback: false,
    IsolationMode: ISOLATION_MODE,
    MessageName: input.message,
    Mode: mode,
    OperationCreatedOn: toDataContractDate(input.operationCreatedOn),
    OperationId: input.operationId,
    OrganizationId: input.organizationId,
    OrganizationName: input.organizationName,
    OutputParameters: v.OutputParameters,
    OwningExtension: {
      Id: input.stepId,
      KeyAttributes: [],
      LogicalName: OWNING_EXTENSION_TABLE,
      Name: input.stepName ?? null,
      RowVersion: null,
    },
    ParentContext: v.ParentContext,
    PostEntityImages: v.PostEntityImages,
    PreEntityImages: v.PreEntityImages,
    PrimaryEntityId: input.recordId,
    PrimaryEntityName: input.table,
    RequestId: input.requestId ?? null,
    SecondaryEntityName: 'none',
    SharedVariables: v.SharedVariables,
    Stage: stage,
    UserId: input.userId,
  });

  // The main operation as the request carried it; Create/Update also carry SuppressDuplicateDetection (docs sample).
  const parentInputs: DcKeyValue<DcParameterValue>[] = [
    { key: PARAM.target, value: targetOf(input, requestTarget, source) },
  ];
  if (input.message !== 'Delete') parentInputs.push({ key: PARAM.suppressDuplicateDetection, value: false });
  const parent = frame(MAIN_OPERATION_STAGE, {
    InputParameters: parentInputs,
    OutputParameters: [],
    ParentContext: null,
    PostEntityImages: [],
    PreEntityImages: [],
    SharedVariables: sharedVariablesOf({ [PARAM.changedEntityTypes]: { [input.table]: input.message } }),
  });
  return frame(input.stage ?? POST_OPERATION_STAGE, {
    InputParameters: [{ key: PARAM.target, value: target }],
    OutputParameters: input.message === 'Create' ? [{ key: PARAM.createdId, value: input.recordId }] : [],
    ParentContext: parent,
    PostEntityImages: postImagesOf(input, mode === ASYNCHRONOUS, source),
    PreEntityImages: preImagesOf(input, source),
    SharedVariables: sharedVariablesOf(input.sharedVariables ?? {}),
  });
}

/** Create/Update: the record, with the primary id column (docs and captures). Delete: a reference to it. */
function targetOf(
  input: RemoteExecutionContextInput,
  row: WebhookRow | undefined,
  source: (row: WebhookRow) => EntitySource,
): DcParameterValue {
  if (input.message === 'Delete') return encodeEntityReference(input.table, input.recordId);
  if (row === undefined) throw new RemoteExecutionContextError(`${input.message} needs a target`);
  const idColumn = input.primaryIdAttribute;
  const id = row[idColumn];
  if (id === undefined) return encodeEntity(source({ ...row, [idColumn]: input.recordId }));
  if (typeof id !== 'string' || id.toLowerCase() !== input.recordId.toLowerCase()) {
    throw new RemoteExecutionContextError(`${input.table}.${idColumn} in the target differs from the record id`);
  }
  return encodeEntity(source(row));
}
