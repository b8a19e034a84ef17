/** Delete a record; with an ETag, only that version of it (412 ConcurrencyError otherwise). */
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { entityPath, type RecordKey } from '../odata/entityPath';

export interface DeleteOptions {
  readonly etag?: string;
}

export async function deleteRecord(
  transport: Transport,
  entitySet: string,
  key: RecordKey,
  options: DeleteOptions = {},
  call?: CallOptions,
): Promise<void> {
  const headers: Record<string, string> = options.etag !== undefined ? { 'If-Match': options.etag } : {};
  await transport.send({ method: 'DELETE', url: entityPath(entitySet, key), headers }, call);
}
