import type { DataverseClient, ODataRecord } from '../../dataverse';
import { odataString } from '../../dataverse';
import { SERVICE_ENDPOINT, STEP } from '../webhook/registrationNames';
import { ENDPOINT_ID, ENDPOINT_NAME, STEP_NAME_PREFIX } from '../webhook/webhookIdentity';
import type { OwnedRow } from './planDeletions';
import { retrieveOptional } from './retrieveOptional';

/** Both tables name their primary name column `name`. */
function owned(row: ODataRecord, idColumn: string, reason: string): OwnedRow {
  return { id: String(row[idColumn]).toLowerCase(), name: String(row[SERVICE_ENDPOINT.name] ?? ''), reason };
}

function addOnce(into: Map<string, OwnedRow>, row: OwnedRow): void {
  if (!into.has(row.id)) into.set(row.id, row);
}

/** LeadLink's endpoints: the one with its id, and any named like it (made before the ids were fixed). */
export async function findOwnedEndpoints(client: DataverseClient): Promise<OwnedRow[]> {
  const found = new Map<string, OwnedRow>();
  const byId = await retrieveOptional(client, SERVICE_ENDPOINT.set, ENDPOINT_ID, [
    SERVICE_ENDPOINT.id,
    SERVICE_ENDPOINT.name,
  ]);
  if (byId) addOnce(found, owned(byId, SERVICE_ENDPOINT.id, 'LeadLink endpoint id'));
  const byName = await client.queryAll(SERVICE_ENDPOINT.set, {
    select: [SERVICE_ENDPOINT.id, SERVICE_ENDPOINT.name],
    filter: `${SERVICE_ENDPOINT.name} eq ${odataString(ENDPOINT_NAME)}`,
  });
  for (const row of byName) addOnce(found, owned(row, SERVICE_ENDPOINT.id, `named '${ENDPOINT_NAME}'`));
  return [...found.values()];
}

/** Steps bound to one of the endpoints (a step cannot outlive its endpoint). */
export async function findStepsOf(client: DataverseClient, endpointIds: readonly string[]): Promise<OwnedRow[]> {
  const out: OwnedRow[] = [];
  for (const endpointId of endpointIds) {
    const rows = await client.queryAll(STEP.set, {
      select: [STEP.id, STEP.name],
      filter: `${STEP.eventHandlerValue} eq ${endpointId}`,
    });
    for (const row of rows) out.push(owned(row, STEP.id, 'bound to the LeadLink endpoint'));
  }
  return out;
}

/** LeadLink's steps: the registry's ids, those named `LeadLink: …`, and those bound to LeadLink's endpoints. */
export async function findOwnedSteps(
  client: DataverseClient,
  stepIds: readonly string[],
  endpointIds: readonly string[],
): Promise<OwnedRow[]> {
  const found = new Map<string, OwnedRow>();
  for (const id of stepIds) {
    const row = await retrieveOptional(client, STEP.set, id, [STEP.id, STEP.name]);
    if (row) addOnce(found, owned(row, STEP.id, 'a step id in the registry'));
  }
  const byName = await client.queryAll(STEP.set, {
    select: [STEP.id, STEP.name],
    filter: `startswith(${STEP.name},${odataString(STEP_NAME_PREFIX)})`,
  });
  for (const row of byName) addOnce(found, owned(row, STEP.id, `named '${STEP_NAME_PREFIX}…'`));
  for (const row of await findStepsOf(client, endpointIds)) addOnce(found, row);
  return [...found.values()];
}
