import type { ColumnDef } from '../../schema/types';
import type { MessageExecution, MessageValue } from '../messages/MessageExecution';
import { type ContextCommon, contextFrame } from './contextFrame';
import type { DcKeyValue, DcParameterValue, DcRemoteExecutionContext } from './dataContractShapes';
import { DC_TYPE } from './dataContractShapes';
import { encodeEntity, encodeEntityReference } from './encodeEntity';
import { MAIN_OPERATION_STAGE, POST_OPERATION_STAGE, withoutLargeMembers } from './remoteExecutionContext';
import { sharedVariablesOf } from './sharedVariables';
import { toDataContractJson } from './toDataContractJson';

export interface MessageContextInput {
  readonly common: ContextCommon;
  readonly execution: MessageExecution;
  /** The columns of a table, to write an Entity parameter (Merge's UpdateContent). */
  readonly columnsOf: (table: string) => readonly ColumnDef[];
  readonly sizeExceeded?: boolean;
}

/**
 * The body Dataverse POSTs for a message other than Create, Update or Delete (QualifyLead, Merge): the same
 * RemoteExecutionContext (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks), whose
 * InputParameters are the SDK request's parameters by their SDK names — QualifyLeadRequest has LeadId and no Target
 * (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.qualifyleadrequest), MergeRequest has Target
 * (a reference), SubordinateId, UpdateContent and PerformParentingChecks
 * (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.mergerequest) — and whose OutputParameters are
 * the response's (QualifyLeadResponse.CreatedEntities). Values are written as the captures write them: Boolean and
 * Int32 plain, a Guid as text, OptionSetValue and EntityReference with `__type`, a reference collection as an array.
 * No image: these messages carry no Target to take one from.
 */
export function buildMessageContext(input: MessageContextInput): string {
  const context = messageContextOf(input);
  return toDataContractJson(input.sizeExceeded === true ? withoutLargeMembers(context) : context);
}

export function messageContextOf(input: MessageContextInput): DcRemoteExecutionContext {
  const { common, execution } = input;
  const encode = (entries: MessageExecution['inputs']): DcKeyValue<DcParameterValue>[] =>
    entries.map(([key, value]) => ({ key, value: encodeMessageValue(value, input.columnsOf) }));
  const inputs = encode(execution.inputs);
  const parent = contextFrame(common, MAIN_OPERATION_STAGE, {
    InputParameters: inputs,
    OutputParameters: [],
    ParentContext: null,
    PostEntityImages: [],
    PreEntityImages: [],
    SharedVariables: sharedVariablesOf({ ChangedEntityTypes: { [execution.table]: execution.message } }),
  });
  return contextFrame(common, POST_OPERATION_STAGE, {
    InputParameters: inputs,
    OutputParameters: encode(execution.outputs),
    ParentContext: parent,
    PostEntityImages: [],
    PreEntityImages: [],
    SharedVariables: [],
  });
}

function encodeMessageValue(value: MessageValue, columnsOf: MessageContextInput['columnsOf']): DcParameterValue {
  if (typeof value !== 'object') return value;
  switch (value.kind) {
    case 'option':
      return { __type: DC_TYPE.optionSetValue, Value: value.value };
    case 'reference':
      return encodeEntityReference(value.logicalName, value.id);
    case 'references':
      return value.refs.map((ref) => encodeEntityReference(ref.logicalName, ref.id));
    case 'entity':
      return encodeEntity({
        logicalName: value.logicalName,
        id: value.id,
        columns: new Map(columnsOf(value.logicalName).map((c) => [c.name, c])),
        row: value.row,
        formattedValues: {},
      });
  }
}
