import { randomUUID } from 'node:crypto';
import type { MessageExecution } from '../messages/MessageExecution';
import type { MessageExecutions } from '../messages/MessageExecutions';
import type { Catalog } from '../metadata/catalog';
import type { Store, StoreChange } from '../store/Store';
import type { RowValues, StoredRow } from '../store/values';
import { applyAuth } from './authSettings';
import { matchSteps, type RegisteredStep } from './matchSteps';
import type { ContextCommon } from './contextFrame';
import { buildMessageContext } from './messageContext';
import { buildRemoteExecutionContext } from './remoteExecutionContext';
import type { RemoteExecutionContextInput, WebhookMessage } from './RemoteExecutionContextInput';
import { splitStateChange } from './splitStateChange';
import { recordSystemJob } from './systemJobs';
import { selectImages } from './selectImages';

/** Who caused a change: the calling request's correlation and depth. */
export interface ChangeOrigin {
  readonly correlationId: string;
  readonly depth: number;
  readonly userId: string;
}

export interface DeliveryRecord {
  readonly stepId: string;
  readonly message: string;
  readonly table: string;
  readonly recordId: string;
  readonly url: string;
  readonly attempts: number;
  /** The last HTTP status, or 0 when there was no answer (timeout, refused). */
  readonly status: number;
  readonly outcome: 'succeeded' | 'failed' | 'skipped';
  readonly error?: string;
  readonly correlationId: string;
  readonly depth: number;
}

export interface DispatcherOptions {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly businessUnitId: string;
  /** Dataverse waits 60 s for a webhook to answer. */
  readonly timeoutMs: number;
  /** How many deliveries run at once: the asynchronous service's parallelism (asyncParallelism.ts). */
  readonly concurrency: number;
  /** The clock system jobs are stamped with (the emulator's). */
  readonly now?: () => Date;
}

/** Dataverse sends at most 256 KB; above it, it sets this header and drops the bulky parts. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;
/** Depth past which Dataverse stops a chain of operations as an infinite loop. */
export const MAX_DEPTH = 8;
const RETRIED_STATUSES = new Set([502, 503, 504]);

interface Job {
  readonly registered: RegisteredStep;
  readonly message: string;
  readonly table: string;
  readonly recordId: string;
  readonly body: string;
  readonly sizeExceeded: boolean;
  readonly correlationId: string;
  readonly depth: number;
  readonly userId: string;
}

/**
 * Posts RemoteExecutionContext JSON to registered webhook endpoints after each committed Create / Update / Delete,
 * and after each committed QualifyLead or Merge, as Dataverse's asynchronous service does: filtering attributes,
 * images, Depth, the timeout, and one more attempt only after 502, 503 or 504.
 */
export class WebhookDispatcher {
  readonly #queue: Job[] = [];
  readonly #deliveries: DeliveryRecord[] = [];
  readonly #depthByCorrelation = new Map<string, number>();
  readonly #idle: (() => void)[] = [];
  #active = 0;
  #options: DispatcherOptions;

  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    private readonly messages: MessageExecutions,
    options: DispatcherOptions,
  ) {
    this.#options = options;
  }

  configure(options: Partial<DispatcherOptions>): void {
    this.#options = { ...this.#options, ...options };
    this.#pump();
  }

  /** Deliveries waiting for a slot, and running, against the parallelism. */
  status(): { readonly parallelism: number; readonly queued: number; readonly running: number } {
    return { parallelism: this.#options.concurrency, queued: this.#queue.length, running: this.#active };
  }

  deliveries(): readonly DeliveryRecord[] {
    return this.#deliveries;
  }

  /** The depth a request carrying this correlation id runs at: one more than the delivery that caused it. */
  depthFor(correlationId: string | undefined): number {
    if (!correlationId) return 1;
    const parent = this.#depthByCorrelation.get(correlationId);
    return parent === undefined ? 1 : parent + 1;
  }

  /** Resolves once every queued and running delivery has finished. */
  async idle(): Promise<void> {
    if (this.#queue.length === 0 && this.#active === 0) return;
    await new Promise<void>((resolve) => this.#idle.push(resolve));
  }

  onChanges(changes: readonly StoreChange[], origin: ChangeOrigin): void {
    for (const change of changes) this.#plan(change, origin);
    this.#pump();
  }

  #plan(change: StoreChange, origin: ChangeOrigin): void {
    const execution = this.messages.take(change.after);
    if (execution !== undefined) {
      this.#planMessage(execution, origin);
      if (!execution.raisesUpdate) return;
    }
    const message: WebhookMessage =
      change.kind === 'create' ? 'Create' : change.kind === 'update' ? 'Update' : 'Delete';
    const steps = matchSteps(this.store, message, change.table);
    if (steps.length === 0) return;
    const executions = change.kind === 'update' ? splitStateChange(change.written) : [change.written];
    for (const target of executions) {
      for (const registered of steps) {
        if (message === 'Update' && !passesFilter(registered, target)) continue;
        this.#enqueue(registered, message, change, target, origin);
      }
    }
  }

  #enqueue(
    registered: RegisteredStep,
    message: WebhookMessage,
    change: StoreChange,
    target: RowValues,
    origin: ChangeOrigin,
  ): void {
    const table = this.catalog.table(change.table);
    if (this.#tooDeep(registered, message, change.table, change.id, origin)) return;
    const images = selectImages(registered.images, change.before, change.after);
    const primaryRow: StoredRow | undefined = change.after ?? change.before;
    const primaryName = primaryRow?.values[table.primaryNameAttribute];
    const input: RemoteExecutionContextInput = {
      message,
      table: change.table,
      recordId: change.id,
      columns: table.columns,
      primaryIdAttribute: table.primaryIdAttribute,
      primaryNameAttribute: table.primaryNameAttribute,
      target: change.kind === 'delete' ? undefined : { [table.primaryIdAttribute]: change.id, ...target },
      preImages: images.pre,
      postImages: images.post,
      primaryName: typeof primaryName === 'string' ? primaryName : null,
      stage: 40,
      mode: registered.mode,
      ...this.#delivery(registered, origin),
    };
    this.#queueBody(registered, message, change.table, change.id, origin, (sizeExceeded) =>
      buildRemoteExecutionContext({ ...input, sizeExceeded }),
    );
  }

  /** Who and when, for one delivery of a step: the same for every message. */
  #delivery(registered: RegisteredStep, origin: ChangeOrigin) {
    return {
      depth: origin.depth,
      correlationId: origin.correlationId,
      userId: origin.userId,
      initiatingUserId: origin.userId,
      organizationId: this.#options.organizationId,
      organizationName: this.#options.organizationName,
      businessUnitId: this.#options.businessUnitId,
      operationId: randomUUID(),
      operationCreatedOn: new Date(),
      stepId: registered.step.id,
      stepName: typeof registered.step.values.name === 'string' ? registered.step.values.name : null,
    };
  }

  /** Queues the body, written again without the bulky members past 256 KB, as Dataverse does. */
  #queueBody(
    registered: RegisteredStep,
    message: string,
    table: string,
    recordId: string,
    origin: ChangeOrigin,
    build: (sizeExceeded: boolean) => string,
  ): void {
    let body = build(false);
    const sizeExceeded = Buffer.byteLength(body) > MAX_PAYLOAD_BYTES;
    if (sizeExceeded) body = build(true);
    this.#queue.push({
      registered,
      message,
      table,
      recordId,
      body,
      sizeExceeded,
      correlationId: origin.correlationId,
      depth: origin.depth,
      userId: origin.userId,
    });
  }

  /** The message's own event (QualifyLead on lead, Merge on the target), to each step registered for it. */
  #planMessage(execution: MessageExecution, origin: ChangeOrigin): void {
    const columnsOf = (table: string) => this.catalog.table(table).columns;
    for (const registered of matchSteps(this.store, execution.message, execution.table)) {
      if (this.#tooDeep(registered, execution.message, execution.table, execution.recordId, origin)) continue;
      const common: ContextCommon = {
        message: execution.message,
        table: execution.table,
        recordId: execution.recordId,
        mode: registered.mode,
        requestId: null,
        ...this.#delivery(registered, origin),
      };
      this.#queueBody(registered, execution.message, execution.table, execution.recordId, origin, (sizeExceeded) =>
        buildMessageContext({ common, execution, columnsOf, sizeExceeded }),
      );
    }
  }

  /** Past MAX_DEPTH Dataverse stops the chain as an infinite loop: the delivery is recorded as skipped. */
  #tooDeep(
    registered: RegisteredStep,
    message: string,
    table: string,
    recordId: string,
    origin: ChangeOrigin,
  ): boolean {
    if (origin.depth <= MAX_DEPTH) return false;
    this.#deliveries.push({
      stepId: registered.step.id,
      message,
      table,
      recordId,
      url: String(registered.endpoint.values.url ?? ''),
      attempts: 0,
      status: 0,
      outcome: 'skipped',
      error: `Depth ${origin.depth} exceeds ${MAX_DEPTH}: the chain looks like an infinite loop.`,
      correlationId: origin.correlationId,
      depth: origin.depth,
    });
    return true;
  }

  #pump(): void {
    while (this.#active < this.#options.concurrency && this.#queue.length > 0) {
      const job = this.#queue.shift();
      if (!job) break;
      this.#active++;
      void this.#deliver(job).finally(() => {
        this.#active--;
        this.#pump();
        if (this.#active === 0 && this.#queue.length === 0) for (const resolve of this.#idle.splice(0)) resolve();
      });
    }
  }

  async #deliver(job: Job): Promise<void> {
    const endpoint = job.registered.endpoint.values;
    const url = new URL(String(endpoint.url ?? ''));
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'x-ms-dynamics-organization': `${this.#options.organizationName}.crm.dynamics.com`,
      'x-ms-dynamics-entity-name': job.table,
      'x-ms-dynamics-request-name': job.message,
      'x-ms-correlation-request-id': job.correlationId,
      ...(job.sizeExceeded ? { 'x-ms-dynamics-msg-size-exceeded': 'true' } : {}),
    };
    applyAuth(
      url,
      headers,
      Number(endpoint.authtype ?? 0),
      typeof endpoint.authvalue === 'string' ? endpoint.authvalue : '',
    );
    this.#depthByCorrelation.set(job.correlationId, job.depth);
    const now = this.#options.now ?? (() => new Date());
    const startedOn = now();
    let attempts = 0;
    let status = 0;
    let error: string | undefined;
    while (attempts < 2) {
      attempts++;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers,
          body: job.body,
          signal: AbortSignal.timeout(this.#options.timeoutMs),
        });
        status = response.status;
        await response.arrayBuffer(); // Dataverse reads only the status code.
        error = undefined;
      } catch (e) {
        status = 0;
        error =
          (e as Error).name === 'TimeoutError'
            ? `No answer within ${this.#options.timeoutMs} ms`
            : (e as Error).message;
      }
      if (!RETRIED_STATUSES.has(status)) break;
    }
    const safeUrl = new URL(url);
    safeUrl.search = ''; // the query may carry the webhook key
    this.#deliveries.push({
      stepId: job.registered.step.id,
      message: job.message,
      table: job.table,
      recordId: job.recordId,
      url: safeUrl.toString(),
      attempts,
      status,
      outcome: status >= 200 && status < 300 ? 'succeeded' : 'failed',
      ...(error ? { error } : {}),
      correlationId: job.correlationId,
      depth: job.depth,
    });
    const finished = { attempts, status, url: safeUrl.toString(), startedOn, completedOn: now() };
    recordSystemJob(this.store, this.catalog, { ...job, ...finished, ...(error ? { error } : {}) });
  }
}

function passesFilter(registered: RegisteredStep, target: RowValues): boolean {
  if (registered.filteringAttributes.length === 0) return true;
  return Object.keys(target).some((k) => registered.filteringAttributes.includes(k));
}
