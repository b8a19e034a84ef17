import type { DeliveryRecord } from './WebhookDispatcher';

/** One step's deliveries so far, for `GET /_emulator/webhooks`. */
export interface StepCount {
  readonly stepId: string;
  readonly message: string;
  readonly table: string;
  /** Deliveries finished: succeeded, failed or skipped. */
  readonly delivered: number;
  readonly succeeded: number;
  /** Failed for good: the system jobs that stay Failed. */
  readonly failed: number;
  /** Skipped past the depth limit. */
  readonly skipped: number;
  /** Deliveries that needed Dataverse's one retry (after 502, 503 or 504). */
  readonly retried: number;
  /** Failures by the last HTTP status ("0": no answer). */
  readonly failedByStatus: Readonly<Record<string, number>>;
}

type Counting = { -readonly [K in keyof StepCount]: StepCount[K] } & { failedByStatus: Record<string, number> };

/** The deliveries counted per step, in the order steps first delivered. */
export function stepCounts(deliveries: readonly DeliveryRecord[]): StepCount[] {
  const byStep = new Map<string, Counting>();
  for (const d of deliveries) {
    const count = byStep.get(d.stepId) ?? {
      stepId: d.stepId,
      message: d.message,
      table: d.table,
      delivered: 0,
      succeeded: 0,
      failed: 0,
      skipped: 0,
      retried: 0,
      failedByStatus: {},
    };
    byStep.set(d.stepId, count);
    count.delivered++;
    count[d.outcome]++;
    if (d.attempts > 1) count.retried++;
    if (d.outcome === 'failed')
      count.failedByStatus[String(d.status)] = (count.failedByStatus[String(d.status)] ?? 0) + 1;
  }
  return [...byStep.values()];
}
