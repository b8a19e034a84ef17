/**
 * Create a record. Without `return=representation` Dataverse answers 204 and the new id is in the `OData-EntityId`
 * header; with it, 201 and the record
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api).
 */
import { DataverseError } from '../../errors/DataverseError';
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { readJsonObject } from '../http/readJson';
import { buildQuery, type ExpandOption } from '../odata/buildQuery';
import { assertIdentifier } from '../odata/names';
import type { ODataRecord } from '../odata/ODataRecord';
import { parseEntityId } from '../odata/parseEntityId';
import { preferHeader } from '../odata/preferHeader';

/** Creates the record and returns its id. */
export async function create(
  transport: Transport,
  entitySet: string,
  record: ODataRecord,
  call?: CallOptions,
): Promise<string> {
  assertIdentifier('entitySet', entitySet);
  const response = await transport.send({ method: 'POST', url: entitySet, json: record }, call);
  const id = parseEntityId(response.headers['odata-entityid']);
  if (id === undefined) {
    throw new DataverseError({
      method: 'POST',
      url: response.url,
      status: response.status,
      summary: 'Create answered without an OData-EntityId header holding the new id',
    });
  }
  return id;
}

export interface CreateAndReturnOptions {
  readonly select?: readonly string[];
  readonly expand?: readonly ExpandOption[];
}

/** Creates the record and returns it as stored (`Prefer: return=representation`). */
export async function createAndReturn<T extends ODataRecord = ODataRecord>(
  transport: Transport,
  entitySet: string,
  record: ODataRecord,
  options: CreateAndReturnOptions = {},
  call?: CallOptions,
): Promise<T> {
  assertIdentifier('entitySet', entitySet);
  const response = await transport.send(
    {
      method: 'POST',
      url: entitySet + buildQuery({ select: options.select, expand: options.expand }),
      json: record,
      headers: preferHeader({ returnRepresentation: true }),
    },
    call,
  );
  return readJsonObject(response, 'POST') as T;
}
