/** A task to create for a lead's owner when the lead is handed to sales. */
export interface SalesReadyTask {
  /** Deterministic (see buildSalesReadyTask.ts), so a retried or concurrent scoring creates it once. */
  readonly taskId: string;
  readonly leadId: string;
  readonly record: Readonly<Record<string, unknown>>;
}
