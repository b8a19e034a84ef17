import type { BulkMessages } from './BulkMessages';
import type { RequestGate } from './RequestGate';

/** What every write of a run shares: the stop gate, how many requests at once, which bulk messages still work. */
export interface WriteContext {
  readonly gate: RequestGate;
  readonly concurrency: number;
  readonly bulk: BulkMessages;
}

/** Records per UpdateMultiple and operations per `$batch`: Dataverse's maximum for both. */
export const MAX_RECORDS_PER_REQUEST = 1000;
