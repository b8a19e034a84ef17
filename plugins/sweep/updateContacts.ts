import { isTransientError } from '../../dataverse';
import type { BatchOperation, ODataRecord } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { CONTACT } from '../../schema/names';
import { isMessageNotSupported } from './BulkMessages';
import { chunk } from '../common/chunk';
import { runInParallel } from './runInParallel';
import type { SweepClient } from './SweepClient';
import { MAX_RECORDS_PER_REQUEST, type WriteContext } from './WriteContext';

/** Columns to set on one contact. */
export interface ContactUpdate {
  readonly contactId: string;
  readonly values: ODataRecord;
}

/** How one contact's update ended. */
export type UpdateOutcome = { readonly kind: 'updated' } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Sets columns on contacts that only ever move one way — a flag to the value it must end at (marketingonly false, an
 * opt-out true) — so overwriting is harmless and no precondition is needed: `UpdateMultiple`, up to 1,000 a request.
 * When the message is refused the chunk goes again as a `$batch` of `PATCH` with `If-Match: *` (never create a
 * contact deleted meanwhile) and continue-on-error, so one refused contact is reported and the others are written.
 */
export async function updateContacts(
  client: SweepClient,
  updates: readonly ContactUpdate[],
  context: WriteContext,
  onChunk: (outcomes: readonly (readonly [string, UpdateOutcome])[]) => void,
): Promise<void> {
  const tasks = chunk(updates, MAX_RECORDS_PER_REQUEST).map(
    (run) => async () => onChunk(await updateChunk(client, run, context)),
  );
  await runInParallel(tasks, context.concurrency);
}

async function updateChunk(
  client: SweepClient,
  updates: readonly ContactUpdate[],
  context: WriteContext,
): Promise<(readonly [string, UpdateOutcome])[]> {
  if (context.bulk.updateMultiple) {
    context.gate.pass();
    try {
      const records: ODataRecord[] = updates.map((u) => ({ [CONTACT.id]: u.contactId, ...u.values }));
      await client.updateMultiple(CONTACT.set, CONTACT.table, records);
      return updates.map((u) => [u.contactId, { kind: 'updated' }] as const);
    } catch (error) {
      if (isTransientError(error)) throw error;
      if (isMessageNotSupported(error)) context.bulk.updateMultiple = false;
    }
  }
  const operations: BatchOperation[] = updates.map((u) => ({
    method: 'PATCH',
    url: entityPath(CONTACT.set, u.contactId),
    headers: { 'If-Match': '*' },
    json: u.values,
  }));
  context.gate.pass();
  const results = await client.batch(operations, { continueOnError: true });
  return updates.map((u, index) => {
    const result = results[index];
    if (result?.executed && result.error === undefined) return [u.contactId, { kind: 'updated' }] as const;
    return [
      u.contactId,
      { kind: 'failed', error: result?.error ?? new Error('Dataverse did not run the update') },
    ] as const;
  });
}
