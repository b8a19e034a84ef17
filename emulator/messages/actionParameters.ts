import type { TableDef } from '../../schema/types';
import { DataverseFault } from '../errors/DataverseFault';
import { ERROR_CODE, fault } from '../errors/faults';
import type { Catalog } from '../metadata/catalog';
import { normalizeGuid } from '../writes/guid';
import type { RecordRef } from './MessageExecution';

const TYPE_PREFIX = 'Microsoft.Dynamics.CRM.';
/** The id of an Entity that names no record (Guid.Empty), e.g. Merge's UpdateContent. */
export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** An action's JSON body, its parameters by name; a body that is not an object is refused. */
export type ActionBody = Readonly<Record<string, unknown>>;

/**
 * Reads an action's body and refuses a parameter the action does not declare, as OData does ("… is not a valid
 * parameter for the operation …", an ODataException: the payload error code).
 */
export function readActionBody(action: string, text: string, declared: readonly string[]): ActionBody {
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch (error) {
    throw payloadError(`Invalid JSON in the request body of '${action}': ${(error as Error).message}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw payloadError(`The body of '${action}' must be a JSON object of its parameters.`);
  }
  for (const name of Object.keys(body)) {
    if (!declared.includes(name))
      throw payloadError(
        `The parameter '${name}' in the request payload is not a valid parameter for the operation '${action}'.`,
      );
  }
  return body as ActionBody;
}

/** A required Edm.Boolean parameter. */
export function requiredBoolean(body: ActionBody, name: string): boolean {
  const value = body[name];
  if (value === undefined || value === null) throw missing(name);
  if (typeof value !== 'boolean') throw payloadError(`The parameter '${name}' must be true or false.`);
  return value;
}

/** An optional Edm.Boolean parameter. */
export function optionalBoolean(body: ActionBody, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw payloadError(`The parameter '${name}' must be true or false.`);
  return value;
}

/** A required Edm.Int32 parameter. */
export function requiredInteger(body: ActionBody, name: string): number {
  const value = body[name];
  if (value === undefined || value === null) throw missing(name);
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 2_147_483_647)
    throw payloadError(`The parameter '${name}' must be a whole number (Edm.Int32).`);
  return value;
}

/**
 * An entity-typed parameter (crmbaseentity or a named table): `{"@odata.type": "Microsoft.Dynamics.CRM.account",
 * "accountid": "<id>", …}` — the type annotation is required because the parameter's type does not name the table
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/merge-entity-using-web-api) — or a reference
 * `{"@odata.id": "accounts(<id>)"}`. Undefined when absent; the table must be one of `tables`.
 */
export function entityParameter(
  catalog: Catalog,
  body: ActionBody,
  name: string,
  tables: readonly string[],
  options: { readonly typeRequired?: boolean; readonly idRequired?: boolean } = {},
):
  | { readonly ref: RecordRef; readonly table: TableDef; readonly values: Readonly<Record<string, unknown>> }
  | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw payloadError(`The parameter '${name}' must be an entity object with "@odata.type".`);
  const record = value as Record<string, unknown>;
  if (options.typeRequired === true && typeof record['@odata.type'] !== 'string')
    throw payloadError(`The parameter '${name}' must carry "@odata.type": its type does not name the table.`);
  const table = tableOf(catalog, record, name);
  if (!tables.includes(table.logicalName)) {
    throw fault.invalidArgument(
      `The parameter '${name}' takes a record of ${tables.join(' or ')}, not of '${table.logicalName}'.`,
    );
  }
  const odataId = record['@odata.id'];
  const rawId = typeof odataId === 'string' ? /\(([^)]+)\)\s*$/.exec(odataId)?.[1] : record[table.primaryIdAttribute];
  const id = typeof rawId === 'string' ? normalizeGuid(rawId) : undefined;
  if (!id && options.idRequired !== false)
    throw payloadError(`The parameter '${name}' must carry '${table.primaryIdAttribute}' as a GUID.`);
  const values = Object.fromEntries(
    Object.entries(record).filter(([key]) => !key.startsWith('@') && key !== table.primaryIdAttribute),
  );
  return { ref: { logicalName: table.logicalName, id: id ?? EMPTY_GUID }, table, values };
}

function tableOf(catalog: Catalog, record: Record<string, unknown>, name: string): TableDef {
  const type = record['@odata.type'];
  if (typeof type === 'string') {
    const logicalName = type.replace(/^#/, '').replace(TYPE_PREFIX, '');
    const table = catalog.byLogicalName(logicalName);
    if (!table) throw fault.resourceNotFound(type);
    return table;
  }
  const odataId = record['@odata.id'];
  const set = typeof odataId === 'string' ? /([A-Za-z_][A-Za-z0-9_]*)\([^)]*\)\s*$/.exec(odataId)?.[1] : undefined;
  const table = set === undefined ? undefined : catalog.byEntitySet(set);
  if (!table)
    throw payloadError(`The parameter '${name}' must carry "@odata.type" (e.g. "Microsoft.Dynamics.CRM.account").`);
  return table;
}

function missing(name: string): DataverseFault {
  return fault.invalidArgument(`Required field '${name}' is missing.`);
}

function payloadError(message: string): DataverseFault {
  return new DataverseFault(400, ERROR_CODE.payload, message);
}
