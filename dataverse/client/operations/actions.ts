/**
 * Actions (POST, parameters in a JSON body) and functions (GET, parameters as aliases in the URL), unbound
 * (`WhoAmI`) or bound to a record or an entity set (`leads(<id>)/Microsoft.Dynamics.CRM.QualifyLead`)
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-actions,
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-functions).
 */
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { readJson } from '../http/readJson';
import { entityPath, type RecordKey } from '../odata/entityPath';
import { functionCall, type FunctionParameterValue } from '../odata/functionParameters';
import { assertIdentifier, assertQualifiedName } from '../odata/names';

const NAMESPACE = 'Microsoft.Dynamics.CRM.';

export interface BoundTo {
  readonly entitySet: string;
  /** The record; omit for an operation bound to the entity set (the collection). */
  readonly key?: RecordKey;
}

function operationPath(name: string, bound: BoundTo | undefined): string {
  assertQualifiedName('operation name', name);
  if (bound === undefined) return name;
  // Bound operations must be called by their full name.
  const qualified = name.includes('.') ? name : `${NAMESPACE}${name}`;
  const target =
    bound.key === undefined ? assertIdentifier('entitySet', bound.entitySet) : entityPath(bound.entitySet, bound.key);
  return `${target}/${qualified}`;
}

/** Runs an action; returns its JSON response, or undefined when it answers 204. */
export async function executeAction<T = unknown>(
  transport: Transport,
  name: string,
  parameters: Readonly<Record<string, unknown>> = {},
  bound?: BoundTo,
  call?: CallOptions,
): Promise<T | undefined> {
  const response = await transport.send({ method: 'POST', url: operationPath(name, bound), json: parameters }, call);
  return readJson(response, 'POST') as T | undefined;
}

/** Calls a function; returns its JSON response. */
export async function executeFunction<T = unknown>(
  transport: Transport,
  name: string,
  parameters: Readonly<Record<string, FunctionParameterValue>> = {},
  bound?: BoundTo,
  call?: CallOptions,
): Promise<T | undefined> {
  const response = await transport.send(
    { method: 'GET', url: functionCall(operationPath(name, bound), parameters) },
    call,
  );
  return readJson(response, 'GET') as T | undefined;
}
