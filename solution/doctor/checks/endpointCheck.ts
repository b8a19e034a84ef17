import type { ODataRecord } from '../../../dataverse';
import { describeValue, sameId } from '../../register/describeValue';
import { authType, type WebhookAuth } from '../../register/webhookAuth';
import { AUTH_TYPE, CONTRACT_WEBHOOK, MESSAGE_FORMAT_JSON, SERVICE_ENDPOINT } from '../../webhook/registrationNames';
import { ENDPOINT_ID } from '../../webhook/webhookIdentity';
import { check, type CheckResult } from '../CheckResult';
import type { Read } from '../read/Read';

const G = 'webhook';
const ID = 'webhook.endpoint';

/** What the endpoint should hold: the function app's webhook URL (when known) and how Dataverse proves itself. */
export interface ExpectedEndpoint {
  /** The webhook URL, normalized; undefined when neither --function-url nor the app setting gave it. */
  readonly url: string | undefined;
  /** Where `url` came from, for messages. */
  readonly urlSource: string;
  readonly authKind: WebhookAuth['kind'];
  /** The key the function app expects (LEADLINK_WEBHOOK_KEY), when doctor was given it. */
  readonly auth: WebhookAuth | undefined;
  /** The command that fixes the registration. */
  readonly fix: string;
}

const AUTH_NAMES: Readonly<Record<number, string>> = {
  [AUTH_TYPE.webhookKey]: 'Webhook Key',
  [AUTH_TYPE.httpHeader]: 'Http Header',
};
const authName = (value: unknown) =>
  `${describeValue(value)}${typeof value === 'number' && AUTH_NAMES[value] ? ` (${AUTH_NAMES[value]})` : ''}`;

/** LeadLink's webhook endpoint: present, a JSON webhook to the function app's URL, with the expected auth and key. */
export function endpointCheck(expected: ExpectedEndpoint, endpoints: Read<readonly ODataRecord[]>): CheckResult {
  if (!endpoints.ok) return check(G, ID, 'error', 'The webhook endpoints cannot be read', [endpoints.error]);
  const row = endpoints.value.find((r) => sameId(r[SERVICE_ENDPOINT.id], ENDPOINT_ID)) ?? endpoints.value[0];
  if (!row) return check(G, ID, 'fail', 'The LeadLink webhook endpoint is not registered', [], expected.fix);
  const url = row[SERVICE_ENDPOINT.url];
  const problems: string[] = [];
  const differs = (field: string, value: unknown, wanted: unknown, show = describeValue) => {
    if (value !== wanted) problems.push(`${field}: is ${show(value)}, expected ${show(wanted)}`);
  };
  differs(SERVICE_ENDPOINT.contract, row[SERVICE_ENDPOINT.contract], CONTRACT_WEBHOOK);
  differs(SERVICE_ENDPOINT.messageFormat, row[SERVICE_ENDPOINT.messageFormat], MESSAGE_FORMAT_JSON);
  const wantedAuth = expected.authKind === 'webhookKey' ? AUTH_TYPE.webhookKey : AUTH_TYPE.httpHeader;
  differs(
    SERVICE_ENDPOINT.authType,
    row[SERVICE_ENDPOINT.authType],
    expected.auth ? authType(expected.auth) : wantedAuth,
    authName,
  );
  if (expected.url !== undefined) differs(SERVICE_ENDPOINT.url, url, expected.url);
  // Whether the key Dataverse sends is LEADLINK_WEBHOOK_KEY cannot be read: authvalue is never given back and the row
  // keeps nothing derived from it. A wrong key shows as deliveries refused with 401 (see failureChecks).
  if (row[SERVICE_ENDPOINT.isAuthValueSet] === false) problems.push('no key is set: Dataverse sends no authentication');
  const title = `Endpoint '${String(row[SERVICE_ENDPOINT.name] ?? '')}' → ${describeValue(url)}`;
  if (problems.length > 0)
    return check(
      G,
      ID,
      'fail',
      `${title}: ${problems.length} difference${problems.length > 1 ? 's' : ''}`,
      problems,
      expected.fix,
    );
  if (expected.url === undefined) {
    return check(G, ID, 'warn', `${title}: its URL is not compared`, [
      `no function app URL to compare with: ${expected.urlSource}`,
    ]);
  }
  const kind = AUTH_NAMES[Number(row[SERVICE_ENDPOINT.authType])] ?? describeValue(row[SERVICE_ENDPOINT.authType]);
  return check(G, ID, 'pass', `${title} (${kind})`);
}
