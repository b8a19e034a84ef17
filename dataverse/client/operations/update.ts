/**
 * Update an existing record. `If-Match: *` keeps PATCH from creating a record that is not there (it would be an
 * upsert otherwise); an ETag instead makes the update optimistic: a changed record answers 412 (ConcurrencyError)
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).
 */
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { entityPath, type RecordKey } from '../odata/entityPath';
import type { ODataRecord } from '../odata/ODataRecord';

export interface UpdateOptions {
  /** The record's `@odata.etag`; the update fails with 412 when the record changed since. */
  readonly etag?: string;
}

export async function update(
  transport: Transport,
  entitySet: string,
  key: RecordKey,
  changes: ODataRecord,
  options: UpdateOptions = {},
  call?: CallOptions,
): Promise<void> {
  await transport.send(
    { method: 'PATCH', url: entityPath(entitySet, key), json: changes, headers: { 'If-Match': options.etag ?? '*' } },
    call,
  );
}
