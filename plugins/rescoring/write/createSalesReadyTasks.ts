/**
 * Creates the sales-ready tasks, each with its deterministic id through a create-only upsert (`PATCH tasks(<id>)`
 * with `If-None-Match: *`, https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api):
 * a task that exists answers 412 and counts as already created. All in `$batch` requests (task has no
 * CreateMultiple), so a thousand hand-overs are one request.
 */
import { isTransientError } from '../../../dataverse';
import { DataverseError, toDataverseError, type DataverseClient } from '../../../dataverse';
import { TASK } from '../../../schema/names';
import { chunk } from '../../common/chunk';
import { isDuplicateKey } from '../bulk/isDuplicateKey';
import { MAX_BULK_RECORDS } from '../bulk/writeRecords';
import type { SalesReadyTask } from '../score/SalesReadyTask';

export type TaskOutcome =
  | { readonly task: SalesReadyTask; readonly outcome: 'created' | 'existed' }
  | {
      readonly task: SalesReadyTask;
      readonly outcome: 'failed';
      readonly error: DataverseError;
      readonly retryable: boolean;
    };

export async function createSalesReadyTasks(
  client: DataverseClient,
  tasks: readonly SalesReadyTask[],
): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = [];
  for (const part of chunk(tasks, MAX_BULK_RECORDS)) {
    let results;
    try {
      results = await client.batch(
        part.map((task) => ({
          method: 'PATCH' as const,
          url: `${TASK.set}(${task.taskId})`,
          headers: { 'If-None-Match': '*' },
          json: task.record,
        })),
        { continueOnError: true },
      );
    } catch (err) {
      const error = toDataverseError(err);
      outcomes.push(
        ...part.map((task): TaskOutcome => ({ task, outcome: 'failed', error, retryable: isTransientError(error) })),
      );
      continue;
    }
    part.forEach((task, index) => {
      const result = results[index];
      const error =
        result?.error ??
        (result?.executed === true
          ? undefined
          : new DataverseError({ method: 'PATCH', url: TASK.set, summary: 'Dataverse did not run the operation' }));
      if (error === undefined) outcomes.push({ task, outcome: 'created' });
      else if (isDuplicateKey(error)) outcomes.push({ task, outcome: 'existed' });
      else outcomes.push({ task, outcome: 'failed', error, retryable: isTransientError(error) });
    });
  }
  return outcomes;
}
