import { isGuid } from './isGuid';
import { RemoteExecutionContextError } from './RemoteExecutionContextError';
import type { RemoteExecutionContextInput } from './RemoteExecutionContextInput';

/** sdkmessageprocessingstep.stage values a step can have (30, the main operation, is the platform's own). */
const STEP_STAGES: ReadonlySet<number> = new Set([10, 20, 40]);

/** Rejects an input Dataverse could never have produced, naming the member that is wrong. */
export function checkContextInput(input: RemoteExecutionContextInput): void {
  const ids: Readonly<Record<string, string | null | undefined>> = {
    recordId: input.recordId,
    correlationId: input.correlationId,
    userId: input.userId,
    initiatingUserId: input.initiatingUserId,
    organizationId: input.organizationId,
    businessUnitId: input.businessUnitId,
    operationId: input.operationId,
    requestId: input.requestId,
    stepId: input.stepId,
  };
  for (const [name, id] of Object.entries(ids)) {
    if (id !== undefined && id !== null && !isGuid(id)) {
      throw new RemoteExecutionContextError(`${name} is not a GUID: ${JSON.stringify(id.slice(0, 40))}`);
    }
  }
  const depth = input.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1)
    throw new RemoteExecutionContextError(`depth must be a whole number from 1: ${depth}`);
  if (input.mode !== undefined && input.mode !== 0 && input.mode !== 1) {
    throw new RemoteExecutionContextError(`mode must be 0 (synchronous) or 1 (asynchronous): ${input.mode}`);
  }
  if (input.stage !== undefined && !STEP_STAGES.has(input.stage)) {
    throw new RemoteExecutionContextError(`stage must be 10, 20 or 40: ${input.stage}`);
  }
  if (input.message === 'Delete' && (input.target !== undefined || input.requestTarget !== undefined)) {
    throw new RemoteExecutionContextError('Delete takes no target: its Target is a reference to the record');
  }
  if (input.message !== 'Delete' && input.target === undefined) {
    throw new RemoteExecutionContextError(`${input.message} needs a target`);
  }
}
