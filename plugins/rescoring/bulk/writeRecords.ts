/**
 * Bulk writes with a per-record answer. Each chunk goes first as one `CreateMultiple` / `UpdateMultiple` request
 * (up to 1,000 records, all or nothing). When the message fails for a reason other than throttling or a server
 * fault — the table does not support it, or one record is bad — the chunk is sent again as a `$batch` of single
 * operations with `continue-on-error`, so the good records are written and each bad one gets its own error
 * (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations,
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api).
 * A record is never half-written: each operation is atomic.
 */
import { isTransientError } from '../../../dataverse';
import type { BatchOperation, DataverseClient, ODataRecord } from '../../../dataverse';
import { DataverseError, toDataverseError } from '../../../dataverse';
import type { BulkTable } from './BulkTable';
import { chunk } from '../../common/chunk';
import type { WriteOutcome } from './WriteOutcome';

/** Dataverse's limit for both the bulk messages and `$batch`. */
export const MAX_BULK_RECORDS = 1000;
/** "The 'CreateMultiple' method does not support entities of type …" (the table has no such message). */
const MESSAGE_NOT_SUPPORTED = '0x80040800';

export interface WriteOptions {
  /** Records per request (default and maximum 1,000). */
  readonly chunkSize?: number;
  /** Called after each chunk with how many records are done so far. */
  readonly onProgress?: (done: number) => void;
}

/** Creates the records; each outcome carries the new id. Records may carry their own primary key. */
export function createRecords(
  client: DataverseClient,
  table: BulkTable,
  records: readonly ODataRecord[],
  options: WriteOptions = {},
): Promise<WriteOutcome[]> {
  return writeInChunks(client, table, 'create', records, options);
}

/**
 * Updates existing records; each must carry its primary key. The `$batch` fallback sends `If-Match: *`, so a record
 * deleted meanwhile fails instead of being re-created by an upsert.
 */
export function updateRecords(
  client: DataverseClient,
  table: BulkTable,
  records: readonly ODataRecord[],
  options: WriteOptions = {},
): Promise<WriteOutcome[]> {
  return writeInChunks(client, table, 'update', records, options);
}

async function writeInChunks(
  client: DataverseClient,
  table: BulkTable,
  kind: 'create' | 'update',
  records: readonly ODataRecord[],
  options: WriteOptions,
): Promise<WriteOutcome[]> {
  const size = Math.min(options.chunkSize ?? MAX_BULK_RECORDS, MAX_BULK_RECORDS);
  const outcomes: WriteOutcome[] = [];
  let bulkAvailable = true;
  for (const part of chunk(records, size)) {
    let written: WriteOutcome[] | undefined;
    if (bulkAvailable) {
      try {
        written = await bulkMessage(client, table, kind, part);
      } catch (err) {
        const error = toDataverseError(err);
        if (isTransientError(error)) {
          written = part.map(() => ({ ok: false, error, retryable: true }));
        } else if (error.code?.toLowerCase() === MESSAGE_NOT_SUPPORTED) {
          bulkAvailable = false;
        }
      }
    }
    written ??= await oneByOne(client, table, kind, part);
    outcomes.push(...written);
    options.onProgress?.(outcomes.length);
  }
  return outcomes;
}

async function bulkMessage(
  client: DataverseClient,
  table: BulkTable,
  kind: 'create' | 'update',
  records: readonly ODataRecord[],
): Promise<WriteOutcome[]> {
  if (kind === 'create') {
    const ids = await client.createMultiple(table.entitySet, table.logicalName, records);
    return ids.map((id) => ({ ok: true, id }));
  }
  await client.updateMultiple(table.entitySet, table.logicalName, records);
  return records.map((record) => ({ ok: true, id: primaryKeyOf(table, record) }));
}

async function oneByOne(
  client: DataverseClient,
  table: BulkTable,
  kind: 'create' | 'update',
  records: readonly ODataRecord[],
): Promise<WriteOutcome[]> {
  const operations: BatchOperation[] = records.map((record) => {
    if (kind === 'create') return { method: 'POST', url: table.entitySet, json: record };
    const { [table.primaryId]: _key, ...changes } = record;
    return {
      method: 'PATCH',
      url: `${table.entitySet}(${primaryKeyOf(table, record)})`,
      headers: { 'If-Match': '*' },
      json: changes,
    };
  });
  let results;
  try {
    results = await client.batch(operations, { continueOnError: true });
  } catch (err) {
    const error = toDataverseError(err);
    return records.map(() => ({ ok: false, error, retryable: isTransientError(error) }));
  }
  return records.map((record, index): WriteOutcome => {
    const result = results[index];
    if (result?.error === undefined && result?.executed === true) {
      return { ok: true, id: result.entityId ?? primaryKeyOf(table, record) };
    }
    const error =
      result?.error ??
      new DataverseError({
        method: kind === 'create' ? 'POST' : 'PATCH',
        url: table.entitySet,
        summary: 'Dataverse did not run the operation',
      });
    return { ok: false, error, retryable: isTransientError(error) };
  });
}

function primaryKeyOf(table: BulkTable, record: ODataRecord): string {
  const id = record[table.primaryId];
  return typeof id === 'string' ? id : '';
}
