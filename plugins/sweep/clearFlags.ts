import { isTransientError } from '../../dataverse';
import type { BatchOperation, ODataRecord } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { CONTACT } from '../../schema/names';
import { isMessageNotSupported } from './BulkMessages';
import { chunk } from '../shared/chunk';
import { MAX_RECORDS_PER_REQUEST, type WriteContext } from './createContacts';

import { runInParallel } from './runInParallel';
import type { SweepClient } from './SweepClient';

/** How clearing one contact's flag ended. */
export type ClearOutcome = { readonly kind: 'cleared' } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Sets marketingonly = false on the contacts — they are sales contacts now ("Once the lead is qualified … another
 * workflow could clear this flag", Market to leads with Customer Insights – Journeys) — with `UpdateMultiple`, up to
 * 1,000 a request. Overwriting is harmless here: false is the value the flag must end at, and only contact creation
 * ever sets it true, so no precondition is needed (the lead-qualified plug-in writes it the same way). When the
 * message is refused the chunk goes again as a `$batch` of `PATCH` with `If-Match: *` (never create a contact that
 * was deleted meanwhile) and continue-on-error, so one refused contact is reported and the others are cleared.
 */
export async function clearFlags(
  client: SweepClient,
  contactIds: readonly string[],
  context: WriteContext,
  onChunk: (outcomes: readonly (readonly [string, ClearOutcome])[]) => void,
): Promise<void> {
  const tasks = chunk(contactIds, MAX_RECORDS_PER_REQUEST).map(
    (run) => async () => onChunk(await clearChunk(client, run, context)),
  );
  await runInParallel(tasks, context.concurrency);
}

async function clearChunk(
  client: SweepClient,
  contactIds: readonly string[],
  context: WriteContext,
): Promise<(readonly [string, ClearOutcome])[]> {
  if (context.bulk.updateMultiple) {
    context.gate.pass();
    try {
      const records: ODataRecord[] = contactIds.map((id) => ({ [CONTACT.id]: id, [CONTACT.marketingOnly]: false }));
      await client.updateMultiple(CONTACT.set, CONTACT.table, records);
      return contactIds.map((id) => [id, { kind: 'cleared' }] as const);
    } catch (error) {
      if (isTransientError(error)) throw error;
      if (isMessageNotSupported(error)) context.bulk.updateMultiple = false;
    }
  }
  const operations: BatchOperation[] = contactIds.map((id) => ({
    method: 'PATCH',
    url: entityPath(CONTACT.set, id),
    headers: { 'If-Match': '*' },
    json: { [CONTACT.marketingOnly]: false },
  }));
  context.gate.pass();
  const results = await client.batch(operations, { continueOnError: true });
  return contactIds.map((id, index) => {
    const result = results[index];
    if (result?.executed && result.error === undefined) return [id, { kind: 'cleared' }] as const;
    return [id, { kind: 'failed', error: result?.error ?? new Error('Dataverse did not run the update') }] as const;
  });
}
