/**
 * The bulk messages: `CreateMultiple` / `UpdateMultiple`, bound to the table's entity set, each target carrying its
 * `@odata.type`. One request writes many records of one table; not every table supports them (standard tables are
 * being enabled over time), so callers fall back to `$batch` when Dataverse says the message is unknown
 * (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations).
 */
import { DataverseError } from '../../errors/DataverseError';
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { readJsonObject } from '../http/readJson';
import { assertIdentifier } from '../odata/names';
import type { ODataRecord } from '../odata/ODataRecord';

const NAMESPACE = 'Microsoft.Dynamics.CRM';

function targets(logicalName: string, records: readonly ODataRecord[]): ODataRecord[] {
  assertIdentifier('logicalName', logicalName);
  return records.map((record) => ({ ...record, '@odata.type': `${NAMESPACE}.${logicalName}` }));
}

/** Creates the records and returns their ids, in the order of `records`. */
export async function createMultiple(
  transport: Transport,
  entitySet: string,
  logicalName: string,
  records: readonly ODataRecord[],
  call?: CallOptions,
): Promise<string[]> {
  assertIdentifier('entitySet', entitySet);
  if (records.length === 0) return [];
  const response = await transport.send(
    {
      method: 'POST',
      url: `${entitySet}/${NAMESPACE}.CreateMultiple`,
      json: { Targets: targets(logicalName, records) },
    },
    call,
  );
  const ids = readJsonObject(response, 'POST').Ids;
  if (
    !Array.isArray(ids) ||
    ids.length !== records.length ||
    !ids.every((id): id is string => typeof id === 'string')
  ) {
    throw new DataverseError({
      method: 'POST',
      url: response.url,
      status: response.status,
      summary: `CreateMultiple answered without ${records.length} Ids`,
    });
  }
  return ids;
}

/** Updates the records; each must carry its primary key column (e.g. `contactid`). */
export async function updateMultiple(
  transport: Transport,
  entitySet: string,
  logicalName: string,
  records: readonly ODataRecord[],
  call?: CallOptions,
): Promise<void> {
  assertIdentifier('entitySet', entitySet);
  if (records.length === 0) return;
  await transport.send(
    {
      method: 'POST',
      url: `${entitySet}/${NAMESPACE}.UpdateMultiple`,
      json: { Targets: targets(logicalName, records) },
    },
    call,
  );
}
