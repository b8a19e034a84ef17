/**
 * Test support until `leadlink register` (solution/register/) exists: registers the registry's steps as a webhook
 * through the Dataverse Web API — a serviceendpoint (contract 8, WebhookKey auth), one sdkmessageprocessingstep per
 * StepRegistration (upserted under its stable id) and its images — the way the registration CLI will. It also sets
 * environment variables the way an admin switches them. Replace its callers' import when the CLI lands.
 */
import { type DataverseClient, odataString } from '../../dataverse';
import type { Plugin } from '../../plugins/Plugin';
import { ENVIRONMENT_VARIABLE_SPECS } from '../../plugins/settings/environmentVariableSpecs';
import { ENVIRONMENT_VARIABLE } from '../../schema/names';
import { authSettingsDocument, WEBHOOK_KEY_SETTING } from '../../solution/register/authSettingsDocument';

/** The registration tables and their columns (serviceendpoint, sdkmessage… table references on learn.microsoft.com). */
const REG = {
  endpointSet: 'serviceendpoints',
  messageSet: 'sdkmessages',
  filterSet: 'sdkmessagefilters',
  stepSet: 'sdkmessageprocessingsteps',
  imageSet: 'sdkmessageprocessingstepimages',
  /** serviceendpoint option values: contract 8 Webhook, authtype 4 WebhookKey, messageformat 2 Json. */
  webhookContract: 8,
  webhookKeyAuth: 4,
  jsonFormat: 2,
} as const;

export interface WebhookEndpoint {
  readonly name: string;
  /** The function's webhook URL. */
  readonly url: string;
  /** The WebhookKey: Dataverse sends it as `?code=`. */
  readonly key: string;
}

/** Registers every step of the plug-ins on one webhook endpoint; returns the endpoint's id. */
export async function registerSteps(
  client: DataverseClient,
  endpoint: WebhookEndpoint,
  plugins: readonly Plugin[],
): Promise<string> {
  const endpointId = await client.create(REG.endpointSet, {
    name: endpoint.name,
    url: endpoint.url,
    contract: REG.webhookContract,
    authtype: REG.webhookKeyAuth,
    authvalue: authSettingsDocument([[WEBHOOK_KEY_SETTING, endpoint.key]]),
    messageformat: REG.jsonFormat,
    namespaceformat: 1,
    connectionmode: 1,
    userclaim: 1,
  });
  for (const plugin of plugins) {
    for (const step of plugin.steps) {
      const messageId = await single(client, REG.messageSet, 'sdkmessageid', `name eq ${odataString(step.message)}`);
      const filterId = await single(
        client,
        REG.filterSet,
        'sdkmessagefilterid',
        `primaryobjecttypecode eq ${odataString(step.table)} and _sdkmessageid_value eq ${messageId}`,
      );
      await client.upsert(REG.stepSet, step.stepId, {
        name: `LeadLink ${plugin.name}: ${step.message} of ${step.table}`,
        stage: step.stage,
        mode: step.mode,
        rank: 1,
        supporteddeployment: 0,
        asyncautodelete: false,
        filteringattributes: step.filteringAttributes.join(','),
        'eventhandler_serviceendpoint@odata.bind': `/${REG.endpointSet}(${endpointId})`,
        'sdkmessageid@odata.bind': `/${REG.messageSet}(${messageId})`,
        'sdkmessagefilterid@odata.bind': `/${REG.filterSet}(${filterId})`,
      });
      for (const image of step.images) {
        await client.create(REG.imageSet, {
          name: image.alias,
          entityalias: image.alias,
          imagetype: image.type,
          messagepropertyname: image.messagePropertyName,
          attributes: image.attributes.join(','),
          'sdkmessageprocessingstepid@odata.bind': `/${REG.stepSet}(${step.stepId})`,
        });
      }
    }
  }
  return endpointId;
}

/**
 * Sets an environment variable's current value, creating its definition (from ENVIRONMENT_VARIABLE_SPECS, as the
 * solution import would) and value row as needed.
 */
export async function setEnvironmentVariable(
  client: DataverseClient,
  schemaName: string,
  value: string,
): Promise<void> {
  const spec = ENVIRONMENT_VARIABLE_SPECS.find((s) => s.schemaName === schemaName);
  if (!spec) throw new Error(`No environment variable ${schemaName} in ENVIRONMENT_VARIABLE_SPECS`);
  const filter = `${ENVIRONMENT_VARIABLE.schemaName} eq ${odataString(schemaName)}`;
  const [definition] = await client.queryAll(ENVIRONMENT_VARIABLE.definitionSet, {
    select: ['environmentvariabledefinitionid'],
    filter,
    expand: [{ property: ENVIRONMENT_VARIABLE.valuesNav, select: ['environmentvariablevalueid'] }],
  });
  const definitionId =
    typeof definition?.environmentvariabledefinitionid === 'string'
      ? definition.environmentvariabledefinitionid
      : await client.create(ENVIRONMENT_VARIABLE.definitionSet, {
          [ENVIRONMENT_VARIABLE.schemaName]: spec.schemaName,
          displayname: spec.displayName,
          type: spec.type,
          ...(spec.defaultValue === undefined ? {} : { [ENVIRONMENT_VARIABLE.defaultValue]: spec.defaultValue }),
        });
  const values = definition?.[ENVIRONMENT_VARIABLE.valuesNav];
  const existing = Array.isArray(values)
    ? (values[0] as { environmentvariablevalueid?: string } | undefined)
    : undefined;
  if (existing?.environmentvariablevalueid) {
    await client.update(ENVIRONMENT_VARIABLE.valueSet, existing.environmentvariablevalueid, {
      [ENVIRONMENT_VARIABLE.value]: value,
    });
    return;
  }
  await client.create(ENVIRONMENT_VARIABLE.valueSet, {
    [ENVIRONMENT_VARIABLE.schemaName]: spec.schemaName,
    [ENVIRONMENT_VARIABLE.value]: value,
    [`${ENVIRONMENT_VARIABLE.definitionNav}@odata.bind`]: `/${ENVIRONMENT_VARIABLE.definitionSet}(${definitionId})`,
  });
}

async function single(client: DataverseClient, entitySet: string, idColumn: string, filter: string): Promise<string> {
  const rows = await client.queryAll(entitySet, { select: [idColumn], filter });
  const id = rows[0]?.[idColumn];
  if (rows.length !== 1 || typeof id !== 'string') {
    throw new Error(`Expected exactly one ${entitySet} row for ${filter}, found ${rows.length}`);
  }
  return id;
}
