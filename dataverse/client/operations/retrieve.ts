/** Retrieve one record by id or alternate key. A missing record is a DataverseError with status 404. */
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { readJsonObject } from '../http/readJson';
import { buildQuery, type ExpandOption } from '../odata/buildQuery';
import { entityPath, type RecordKey } from '../odata/entityPath';
import type { ODataRecord } from '../odata/ODataRecord';
import { preferHeader } from '../odata/preferHeader';

export interface RetrieveOptions {
  readonly select?: readonly string[];
  readonly expand?: readonly ExpandOption[];
  readonly includeAnnotations?: string;
}

export async function retrieve<T extends ODataRecord = ODataRecord>(
  transport: Transport,
  entitySet: string,
  key: RecordKey,
  options: RetrieveOptions = {},
  call?: CallOptions,
): Promise<T> {
  const url = entityPath(entitySet, key) + buildQuery({ select: options.select, expand: options.expand });
  const response = await transport.send(
    { method: 'GET', url, headers: preferHeader({ includeAnnotations: options.includeAnnotations }) },
    call,
  );
  return readJsonObject(response, 'GET') as T;
}
