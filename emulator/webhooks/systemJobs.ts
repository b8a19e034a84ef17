import { randomUUID } from 'node:crypto';
import type { Catalog } from '../metadata/catalog';
import type { Store } from '../store/Store';
import type { StoredValue } from '../store/values';
import { createRow } from '../writes/RowWriter';
import type { RegisteredStep } from './matchSteps';

/** asyncoperation option values: operationtype 1 System Event; statecode 3 Completed; statuscode 30 Succeeded, 31 Failed. */
const SYSTEM_EVENT = 1;
const COMPLETED = 3;
const STATUS = { succeeded: 30, failed: 31 } as const;
const MODE_ASYNCHRONOUS = 1;

export interface FinishedDelivery {
  readonly registered: RegisteredStep;
  readonly message: string;
  readonly table: string;
  readonly recordId: string;
  readonly correlationId: string;
  readonly depth: number;
  /** The user whose request raised the event: the job's owner. */
  readonly userId: string;
  readonly attempts: number;
  /** The last HTTP status, 0 when no answer came. */
  readonly status: number;
  /** The endpoint, without its query (which may carry the key). */
  readonly url: string;
  readonly startedOn: Date;
  readonly completedOn: Date;
  /** Why no answer came (a timeout, a refused connection). */
  readonly error?: string;
}

/**
 * The system job an asynchronous step's execution leaves, as Dataverse's asynchronous service keeps it: a failure stays
 * Completed/Failed with the reason in message and friendlymessage; a success stays Completed/Succeeded unless the step
 * has asyncautodelete, which deletes it (so it is never written here). Synchronous steps have no system job.
 * Columns: System Job (AsyncOperation) table reference, https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation .
 * Dataverse does not document the wording of a failed webhook's message; the emulator's names the status or error.
 */
export function recordSystemJob(store: Store, catalog: Catalog, delivery: FinishedDelivery): void {
  const step = delivery.registered.step;
  if (delivery.registered.mode !== MODE_ASYNCHRONOUS) return;
  const failure =
    delivery.status >= 200 && delivery.status < 300
      ? undefined
      : (delivery.error ?? `The webhook endpoint ${delivery.url} answered HTTP ${delivery.status}.`);
  const failed = failure !== undefined;
  if (!failed && step.values.asyncautodelete === true) return;
  const table = catalog.table('asyncoperation');
  const regardingTargets = catalog.column('asyncoperation', 'regardingobjectid')?.targets ?? [];
  const regarding: Record<string, StoredValue> =
    regardingTargets.includes(delivery.table) && store.get(delivery.table, delivery.recordId)
      ? { regardingobjectid: { id: delivery.recordId, logicalName: delivery.table } }
      : {};
  const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const values: Record<string, StoredValue> = {
    name: typeof step.values.name === 'string' ? step.values.name : null,
    operationtype: SYSTEM_EVENT,
    messagename: delivery.message,
    primaryentitytype: delivery.table,
    ...regarding,
    owningextensionid: { id: step.id, logicalName: 'sdkmessageprocessingstep' },
    correlationid: delivery.correlationId,
    requestid: randomUUID(),
    depth: delivery.depth,
    retrycount: Math.max(0, delivery.attempts - 1),
    startedon: iso(delivery.startedOn),
    completedon: iso(delivery.completedOn),
    statecode: COMPLETED,
    statuscode: failed ? STATUS.failed : STATUS.succeeded,
    message: failure ?? null,
    friendlymessage: failure ?? null,
  };
  // The caller's write succeeded, so the user exists unless deleted since, as does the step unless unregistered since;
  // a job cannot name a row that is gone.
  if (!store.get('systemuser', delivery.userId) || !store.get('sdkmessageprocessingstep', step.id)) return;
  const write = { catalog, store, userId: delivery.userId, now: () => delivery.completedOn };
  createRow(write, table, { values, collectionBinds: [] });
}
