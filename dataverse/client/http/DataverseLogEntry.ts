/**
 * The structured lines the transport logs (retries, throttling, giving up). One object per event; URLs redacted;
 * never a header, a token or a record.
 */
export interface DataverseLogEntry {
  readonly event: 'dataverse.retry' | 'dataverse.throttled' | 'dataverse.gave-up';
  readonly method: string;
  readonly url: string;
  readonly attempt: number;
  readonly status?: number;
  readonly code?: string;
  readonly delayMs?: number;
  readonly reason?: string;
}

export type DataverseLogger = (entry: DataverseLogEntry) => void;
