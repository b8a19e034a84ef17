import type { Emulator } from '../../../../emulator';
import { authSettingsDocument, WEBHOOK_KEY_SETTING } from '../../../../solution/register/authSettingsDocument';
import { create, get, rowsOf } from './http';
import {
  AUTH_TYPE,
  CONNECTION_MODE_NORMAL,
  CONTRACT_WEBHOOK,
  MESSAGE_FORMAT_JSON,
  MODE_ASYNC,
  NAMESPACE_FORMAT_NAME,
  SDK_MESSAGE,
  SDK_MESSAGE_FILTER,
  SERVICE_ENDPOINT,
  STAGE_POST_OPERATION,
  STEP,
  STEP_IMAGE,
  USER_CLAIM_NONE,
} from './names';

/**
 * Webhook registration through the Web API, as the Plug-in Registration Tool and public integrations do it
 * ("Register a WebHook"): a serviceendpoint (contract 8), then steps bound to it, their message and filter, then
 * images.
 */

export interface EndpointSpec {
  readonly url: string;
  readonly authType: number;
  readonly authValue: string;
  readonly name?: string;
}

export async function registerEndpoint(emu: Emulator, spec: EndpointSpec): Promise<string> {
  return create(emu, SERVICE_ENDPOINT.set, {
    [SERVICE_ENDPOINT.name]: spec.name ?? 'LeadLink test webhook',
    [SERVICE_ENDPOINT.url]: spec.url,
    [SERVICE_ENDPOINT.contract]: CONTRACT_WEBHOOK,
    [SERVICE_ENDPOINT.authType]: spec.authType,
    [SERVICE_ENDPOINT.authValue]: spec.authValue,
    [SERVICE_ENDPOINT.messageFormat]: MESSAGE_FORMAT_JSON,
    [SERVICE_ENDPOINT.namespaceFormat]: NAMESPACE_FORMAT_NAME,
    [SERVICE_ENDPOINT.connectionMode]: CONNECTION_MODE_NORMAL,
    [SERVICE_ENDPOINT.userClaim]: USER_CLAIM_NONE,
  });
}

/** A WebhookKey endpoint, its key kept as Dataverse keeps it (solution/register/authSettingsDocument.ts). */
export const webhookKey = (url: string, key: string): EndpointSpec => ({
  url,
  authType: AUTH_TYPE.webhookKey,
  authValue: authSettingsDocument([[WEBHOOK_KEY_SETTING, key]]),
});

/** `GET sdkmessages?$filter=name eq '<message>'` → its id. */
export async function messageId(emu: Emulator, message: string): Promise<string> {
  const filter = encodeURIComponent(`${SDK_MESSAGE.name} eq '${message}'`);
  const [row] = rowsOf(await get(emu, `${SDK_MESSAGE.set}?$select=${SDK_MESSAGE.name}&$filter=${filter}`));
  if (!row) throw new Error(`no sdkmessage named ${message}`);
  return String(row[SDK_MESSAGE.id]);
}

/** `GET sdkmessagefilters?$filter=primaryobjecttypecode eq '<table>' and _sdkmessageid_value eq <id>` → its id. */
export async function messageFilterId(emu: Emulator, message: string, table: string): Promise<string> {
  const id = await messageId(emu, message);
  const filter = encodeURIComponent(
    `${SDK_MESSAGE_FILTER.table} eq '${table}' and ${SDK_MESSAGE_FILTER.messageValue} eq ${id}`,
  );
  const [row] = rowsOf(
    await get(emu, `${SDK_MESSAGE_FILTER.set}?$select=${SDK_MESSAGE_FILTER.table}&$filter=${filter}`),
  );
  if (!row) throw new Error(`no sdkmessagefilter for ${message} on ${table}`);
  return String(row[SDK_MESSAGE_FILTER.id]);
}

export interface StepSpec {
  readonly endpointId: string;
  readonly message: string;
  readonly table: string;
  readonly filteringAttributes?: readonly string[];
  readonly name?: string;
}

/** A PostOperation (40), asynchronous (1) step on the endpoint. */
export async function registerStep(emu: Emulator, spec: StepSpec): Promise<string> {
  return create(emu, STEP.set, {
    [STEP.name]: spec.name ?? `LeadLink test: ${spec.message} of ${spec.table}`,
    [STEP.stage]: STAGE_POST_OPERATION,
    [STEP.mode]: MODE_ASYNC,
    [STEP.rank]: 1,
    ...(spec.filteringAttributes ? { [STEP.filteringAttributes]: spec.filteringAttributes.join(',') } : {}),
    [`${STEP.endpointNav}@odata.bind`]: `/${SERVICE_ENDPOINT.set}(${spec.endpointId})`,
    [`${STEP.messageNav}@odata.bind`]: `/${SDK_MESSAGE.set}(${await messageId(emu, spec.message)})`,
    [`${STEP.filterNav}@odata.bind`]: `/${SDK_MESSAGE_FILTER.set}(${await messageFilterId(emu, spec.message, spec.table)})`,
  });
}

export interface ImageSpec {
  readonly alias: string;
  readonly type: number;
  readonly attributes: readonly string[];
  /** `Target` for Update, `Id` for Create post images (Register a plug-in: Add step images). */
  readonly messageProperty: string;
}

export async function registerImage(emu: Emulator, stepId: string, spec: ImageSpec): Promise<string> {
  return create(emu, STEP_IMAGE.set, {
    [STEP_IMAGE.name]: spec.alias,
    [STEP_IMAGE.alias]: spec.alias,
    [STEP_IMAGE.type]: spec.type,
    [STEP_IMAGE.messageProperty]: spec.messageProperty,
    [STEP_IMAGE.attributes]: spec.attributes.join(','),
    [`${STEP_IMAGE.stepNav}@odata.bind`]: `/${STEP.set}(${stepId})`,
  });
}

/** The RemoteExecutionContext's `{key, value}` list as a map. */
export function keyed(list: unknown): Record<string, unknown> {
  if (!Array.isArray(list)) throw new Error(`not a {key,value} list: ${JSON.stringify(list)?.slice(0, 200)}`);
  return Object.fromEntries((list as { key: string; value: unknown }[]).map((item) => [item.key, item.value]));
}

/** The attributes of an Entity (Target or image) as a map. */
export function attributesOf(entity: unknown): Record<string, unknown> {
  return keyed((entity as { Attributes?: unknown }).Attributes);
}
