import type { ColumnDef } from '../../schema/types';
import type {
  DcKeyValue,
  DcParameterValue,
  DcRemoteExecutionContext,
  DcTrimmedRemoteExecutionContext,
} from './dataContractShapes';
import { type EntitySource, encodeEntity, encodeEntityReference } from './encodeEntity';
import { checkContextInput } from './checkContextInput';
import { type ContextCommon, contextFrame, type VaryingMembers } from './contextFrame';
import { postImagesOf, preImagesOf } from './contextImages';
import { sharedVariablesOf } from './sharedVariables';
import type { RemoteExecutionContextInput } from './RemoteExecutionContextInput';
import { toDataContractJson } from './toDataContractJson';
import { RemoteExecutionContextError } from './RemoteExecutionContextError';
import type { WebhookRow } from './webhookRow';

export type { RemoteExecutionContextInput, SharedVariableInput, WebhookMessage } from './RemoteExecutionContextInput';
export type { DcRemoteExecutionContext, DcTrimmedRemoteExecutionContext } from './dataContractShapes';
export type { WebhookColumnValue, WebhookLookup, WebhookRow } from './webhookRow';
export { RemoteExecutionContextError } from './RemoteExecutionContextError';
export { ASYNC_PRIMARY_NAME_IMAGE } from './contextImages';

/** The ParentContext is the main operation (stage 30) of the same request (docs sample). */
export const MAIN_OPERATION_STAGE = 30;
export const POST_OPERATION_STAGE = 40;
const ASYNCHRONOUS = 1;
/** Parameter and shared-variable names as the docs sample and captures write them. */
const PARAM = {
  target: 'Target',
  suppressDuplicateDetection: 'SuppressDuplicateDetection',
  createdId: 'id',
  changedEntityTypes: 'ChangedEntityTypes',
} as const;

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

/** The same context as an object (contextFrame.ts: the docs sample's 27 members). */
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

  const common: ContextCommon = {
    message: input.message,
    table: input.table,
    recordId: input.recordId,
    mode,
    depth: input.depth ?? 1,
    correlationId: input.correlationId,
    userId: input.userId,
    initiatingUserId: input.initiatingUserId ?? input.userId,
    organizationId: input.organizationId,
    organizationName: input.organizationName,
    businessUnitId: input.businessUnitId,
    operationId: input.operationId,
    operationCreatedOn: input.operationCreatedOn,
    requestId: input.requestId ?? null,
    stepId: input.stepId,
    stepName: input.stepName ?? null,
  };
  const frame = (stage: number, varying: VaryingMembers) => contextFrame(common, stage, varying);

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
