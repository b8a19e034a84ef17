import type { DataverseClient, ODataRecord } from '../../dataverse';
import { CONTRACT_WEBHOOK, MESSAGE_FORMAT_JSON, SERVICE_ENDPOINT } from '../webhook/registrationNames';
import { ENDPOINT_ID, ENDPOINT_NAME } from '../webhook/webhookIdentity';
import { changeLine } from './describeValue';
import { NOTHING_TO_APPLY, type PlannedChange } from './PlannedChange';
import { retrieveOptional } from './retrieveOptional';
import { authType, authValue, MASK, type WebhookAuth } from './webhookAuth';

/** The endpoint columns `register` writes and compares (authvalue cannot be read back). */
export const ENDPOINT_COMPARED = [
  SERVICE_ENDPOINT.name,
  SERVICE_ENDPOINT.description,
  SERVICE_ENDPOINT.url,
  SERVICE_ENDPOINT.contract,
  SERVICE_ENDPOINT.authType,
  SERVICE_ENDPOINT.messageFormat,
] as const;

/** The endpoint's description: what it is for. It carries nothing derived from the key. */
export const ENDPOINT_DESCRIPTION =
  "Sends Dataverse events to the LeadLink function app. Managed by 'leadlink register'; do not edit.";

/**
 * Creates the webhook endpoint, or updates what differs. Dataverse never gives authvalue back, and the endpoint keeps
 * nothing derived from the key (a check value would let whoever reads the row test guesses offline), so a rerun
 * cannot tell whether the key changed: the key is written when the endpoint is created, when its URL or auth type
 * changes (a new function app, or the shipped endpoint's placeholder address), and when `rotateKey` asks for it
 * (after changing LEADLINK_WEBHOOK_KEY). Otherwise the key Dataverse holds is left alone.
 */
export async function planEndpoint(
  client: DataverseClient,
  url: string,
  auth: WebhookAuth,
  rotateKey = false,
): Promise<PlannedChange> {
  const desired: ODataRecord = {
    [SERVICE_ENDPOINT.name]: ENDPOINT_NAME,
    [SERVICE_ENDPOINT.description]: ENDPOINT_DESCRIPTION,
    [SERVICE_ENDPOINT.url]: url,
    [SERVICE_ENDPOINT.contract]: CONTRACT_WEBHOOK,
    [SERVICE_ENDPOINT.authType]: authType(auth),
    [SERVICE_ENDPOINT.messageFormat]: MESSAGE_FORMAT_JSON,
  };
  const current = await retrieveOptional(client, SERVICE_ENDPOINT.set, ENDPOINT_ID, ENDPOINT_COMPARED);
  const item = { component: 'endpoint', id: ENDPOINT_ID, name: ENDPOINT_NAME } as const;
  if (!current) {
    const details = [
      changeLine(SERVICE_ENDPOINT.url, null, url),
      changeLine(SERVICE_ENDPOINT.authType, null, authType(auth)),
      `${SERVICE_ENDPOINT.authValue}: ${MASK}`,
    ];
    return {
      items: [{ ...item, action: 'create', details }],
      apply: async () => {
        await client.upsert(
          SERVICE_ENDPOINT.set,
          ENDPOINT_ID,
          { ...desired, [SERVICE_ENDPOINT.authValue]: authValue(auth) },
          { mode: 'createOnly' },
        );
      },
    };
  }
  const changes: ODataRecord = {};
  const details: string[] = [];
  for (const field of ENDPOINT_COMPARED) {
    if (current[field] === desired[field]) continue;
    changes[field] = desired[field];
    details.push(changeLine(field, current[field], desired[field]));
  }
  const keyReason = rotateKey
    ? 'rotated'
    : SERVICE_ENDPOINT.url in changes || SERVICE_ENDPOINT.authType in changes
      ? 'written with the new address or auth type'
      : undefined;
  if (keyReason !== undefined) {
    changes[SERVICE_ENDPOINT.authValue] = authValue(auth);
    details.push(`${SERVICE_ENDPOINT.authValue}: ${MASK} (${keyReason})`);
  }
  if (details.length === 0) return { items: [{ ...item, action: 'unchanged', details }], apply: NOTHING_TO_APPLY };
  return {
    items: [{ ...item, action: 'update', details }],
    apply: () => client.update(SERVICE_ENDPOINT.set, ENDPOINT_ID, changes),
  };
}
