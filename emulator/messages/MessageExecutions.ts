import type { StoredRow } from '../store/values';
import type { MessageExecution } from './MessageExecution';

/**
 * The messages that ran, each kept on one row it wrote. A message's event must go out only once its writes are
 * committed, and never for a message rolled back (an action inside a failed `$batch` change set): keyed by the very
 * row object the store announces when it commits, an execution is taken with its writes, and one rolled back is
 * never seen again (the store restores the old row object; this weak map lets the new one go).
 */
export class MessageExecutions {
  readonly #byRow = new WeakMap<StoredRow, MessageExecution>();

  record(row: StoredRow, execution: MessageExecution): void {
    this.#byRow.set(row, execution);
  }

  /** The message recorded on this committed row, once. */
  take(row: StoredRow | undefined): MessageExecution | undefined {
    if (row === undefined) return undefined;
    const execution = this.#byRow.get(row);
    if (execution !== undefined) this.#byRow.delete(row);
    return execution;
  }
}
