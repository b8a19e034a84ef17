/**
 * Upsert by id or alternate key: PATCH creates the record when it is missing and updates it otherwise.
 * `createOnly` sends `If-None-Match: *` (never update: an existing record answers 412, raised as
 * DuplicateRecordError); `updateOnly` sends `If-Match: *` (never create: a missing record answers 404)
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).
 */
import { ConcurrencyError } from '../../errors/ConcurrencyError';
import { DuplicateRecordError } from '../../errors/DuplicateRecordError';
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { entityPath, normalizeGuid, type RecordKey } from '../odata/entityPath';
import type { ODataRecord } from '../odata/ODataRecord';
import { parseEntityId } from '../odata/parseEntityId';

export type UpsertMode = 'createOrUpdate' | 'createOnly' | 'updateOnly';

export interface UpsertOptions {
  readonly mode?: UpsertMode;
  /** With `updateOnly`: update only this version of the record (optimistic concurrency). */
  readonly etag?: string;
}

/** Returns the record id (from `OData-EntityId`, else the key when it is an id). */
export async function upsert(
  transport: Transport,
  entitySet: string,
  key: RecordKey,
  record: ODataRecord,
  options: UpsertOptions = {},
  call?: CallOptions,
): Promise<string | undefined> {
  const mode = options.mode ?? 'createOrUpdate';
  if (options.etag !== undefined && mode !== 'updateOnly') {
    throw new TypeError(`upsert: an etag needs mode "updateOnly", got "${mode}"`);
  }
  const headers: Record<string, string> = {};
  if (mode === 'createOnly') headers['If-None-Match'] = '*';
  if (mode === 'updateOnly') headers['If-Match'] = options.etag ?? '*';
  const url = entityPath(entitySet, key);
  try {
    const response = await transport.send({ method: 'PATCH', url, json: record, headers }, call);
    return (
      parseEntityId(response.headers['odata-entityid']) ??
      (typeof key === 'string' ? normalizeGuid('id', key) : undefined)
    );
  } catch (err) {
    // With If-None-Match: * a 412 can only mean "the record exists", whatever code Dataverse put on it.
    if (mode === 'createOnly' && err instanceof ConcurrencyError) {
      throw new DuplicateRecordError({
        method: err.method,
        url: err.url,
        status: err.status,
        code: err.code,
        dataverseMessage: err.dataverseMessage,
        requestId: err.requestId,
      });
    }
    throw err;
  }
}
