import type { DataverseClient, ODataRecord } from '../../dataverse';
import { CONTRACT_WEBHOOK, MESSAGE_FORMAT_JSON, SERVICE_ENDPOINT } from '../webhook/registrationNames';
import { ENDPOINT_ID, ENDPOINT_NAME } from '../webhook/webhookIdentity';
import { changeLine } from './describeValue';
import { NOTHING_TO_APPLY, type PlannedChange } from './PlannedChange';
import { retrieveOptional } from './retrieveOptional';
import { authCheckValue, authType, authValue, MASK, type WebhookAuth } from './webhookAuth';

/** The endpoint columns `register` writes and compares (authvalue cannot be read back). */
export const ENDPOINT_COMPARED = [
  SERVICE_ENDPOINT.name,
  SERVICE_ENDPOINT.description,
  SERVICE_ENDPOINT.url,
  SERVICE_ENDPOINT.contract,
  SERVICE_ENDPOINT.authType,
  SERVICE_ENDPOINT.messageFormat,
] as const;

/** The endpoint's description; it ends with the key's check value (see authCheckValue). */
export function endpointDescription(checkValue: string): string {
  return `Sends Dataverse events to the LeadLink function app. Managed by 'leadlink register'; do not edit. Key check: ${checkValue}`;
}

/**
 * Creates the webhook endpoint, or updates what differs. authvalue cannot be read back, so it is written when the
 * endpoint is new, when the auth type changes, or when the description's key check says the key is not the one
 * written last time.
 */
export async function planEndpoint(client: DataverseClient, url: string, auth: WebhookAuth): Promise<PlannedChange> {
  const desired: ODataRecord = {
    [SERVICE_ENDPOINT.name]: ENDPOINT_NAME,
    [SERVICE_ENDPOINT.description]: endpointDescription(authCheckValue(auth, ENDPOINT_ID)),
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
    // The description only changes with the key check: report it as the key.
    if (field !== SERVICE_ENDPOINT.description) details.push(changeLine(field, current[field], desired[field]));
  }
  if (SERVICE_ENDPOINT.description in changes || SERVICE_ENDPOINT.authType in changes) {
    changes[SERVICE_ENDPOINT.authValue] = authValue(auth);
    details.push(`${SERVICE_ENDPOINT.authValue}: ${MASK} (a different key than last written, or not known)`);
  }
  if (details.length === 0) return { items: [{ ...item, action: 'unchanged', details }], apply: NOTHING_TO_APPLY };
  return {
    items: [{ ...item, action: 'update', details }],
    apply: () => client.update(SERVICE_ENDPOINT.set, ENDPOINT_ID, changes),
  };
}
