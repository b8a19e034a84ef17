import { isTransientError } from '../../dataverse';
import { DuplicateRecordError, type BatchOperation } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { CONTACT } from '../../schema/names';
import type { NewContact } from '../identity';
import { isMessageNotSupported, type BulkMessages } from './BulkMessages';
import { chunk } from '../shared/chunk';

import type { RequestGate } from './RequestGate';
import { runInParallel } from './runInParallel';
import type { SweepClient } from './SweepClient';

/** Records per CreateMultiple / UpdateMultiple and operations per `$batch`: Dataverse's maximum for both. */
export const MAX_RECORDS_PER_REQUEST = 1000;

/** How one contact's creation ended: made now, found made already (our deterministic id), or refused. */
export type ContactOutcome =
  { readonly kind: 'created' } | { readonly kind: 'existed' } | { readonly kind: 'failed'; readonly error: unknown };

export interface WriteContext {
  readonly gate: RequestGate;
  readonly concurrency: number;
  readonly bulk: BulkMessages;
}

/**
 * Creates the contacts, up to 1,000 a request, several requests at once. Each chunk goes first as one
 * `CreateMultiple` carrying the deterministic ids. That message is all or nothing: a twin made meanwhile (a webhook
 * racing the sweep: 412, 0x80040237) or one record Dataverse refuses fails the whole chunk. The chunk is then sent
 * again as a `$batch` of create-only upserts — `PATCH contacts(<id>)` with `If-None-Match: *`, the webhook's own
 * create — with `Prefer: odata.continue-on-error`: the good records are made, a twin answers 412 and is used as it
 * is, and a bad record fails alone and is reported
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).
 * `onChunk` hears each chunk's outcomes as soon as they are known, so a stop midway loses no count.
 */
export async function createContacts(
  client: SweepClient,
  contacts: readonly NewContact[],
  context: WriteContext,
  onChunk: (outcomes: readonly (readonly [NewContact, ContactOutcome])[]) => void,
): Promise<void> {
  const tasks = chunk(contacts, MAX_RECORDS_PER_REQUEST).map(
    (run) => async () => onChunk(await createChunk(client, run, context)),
  );
  await runInParallel(tasks, context.concurrency);
}

async function createChunk(
  client: SweepClient,
  contacts: readonly NewContact[],
  context: WriteContext,
): Promise<(readonly [NewContact, ContactOutcome])[]> {
  if (context.bulk.createMultiple) {
    context.gate.pass();
    try {
      await client.createMultiple(
        CONTACT.set,
        CONTACT.table,
        contacts.map((c) => ({ [CONTACT.id]: c.contactId, ...c.record })),
      );
      return contacts.map((c) => [c, { kind: 'created' }] as const);
    } catch (error) {
      if (isTransientError(error)) throw error;
      if (isMessageNotSupported(error)) context.bulk.createMultiple = false;
    }
  }
  return createOneByOne(client, contacts, context);
}

async function createOneByOne(
  client: SweepClient,
  contacts: readonly NewContact[],
  context: WriteContext,
): Promise<(readonly [NewContact, ContactOutcome])[]> {
  const operations: BatchOperation[] = contacts.map((c) => ({
    method: 'PATCH',
    url: entityPath(CONTACT.set, c.contactId),
    headers: { 'If-None-Match': '*' },
    json: c.record,
  }));
  context.gate.pass();
  const results = await client.batch(operations, { continueOnError: true });
  return contacts.map((contact, index) => {
    const result = results[index];
    if (result?.executed && result.error === undefined) return [contact, { kind: 'created' }] as const;
    // With If-None-Match: * a 412 can only mean the record exists, whatever code Dataverse put on it.
    if (result?.error instanceof DuplicateRecordError || result?.status === 412)
      return [contact, { kind: 'existed' }] as const;
    return [
      contact,
      { kind: 'failed', error: result?.error ?? new Error('Dataverse did not run the create') },
    ] as const;
  });
}
