/**
 * Microsoft's names for the tables that register a webhook, once each: ServiceEndpoint, SdkMessage,
 * SdkMessageFilter, SdkMessageProcessingStep and SdkMessageProcessingStepImage (their table/entity references on
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/ ; webhook registration through
 * the Web API: https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook).
 */

export const SERVICE_ENDPOINT = {
  table: 'serviceendpoint',
  set: 'serviceendpoints',
  id: 'serviceendpointid',
  name: 'name',
  description: 'description',
  url: 'url',
  contract: 'contract',
  authType: 'authtype',
  /** Write-only (IsValidForRead False): a read never returns it. */
  authValue: 'authvalue',
  /** Read-only: whether authvalue holds something (doctor's only window on it). */
  isAuthValueSet: 'isauthvalueset',
  messageFormat: 'messageformat',
} as const;

/** serviceendpoint.contract 8 = Webhook; messageformat 2 = Json. */
export const CONTRACT_WEBHOOK = 8;
export const MESSAGE_FORMAT_JSON = 2;
/** serviceendpoint.authtype: 4 Webhook Key (sent as `?code=`), 5 Http Header. */
export const AUTH_TYPE = { webhookKey: 4, httpHeader: 5 } as const;

export const SDK_MESSAGE = { set: 'sdkmessages', id: 'sdkmessageid', name: 'name' } as const;

export const SDK_MESSAGE_FILTER = {
  set: 'sdkmessagefilters',
  id: 'sdkmessagefilterid',
  table: 'primaryobjecttypecode',
  messageValue: '_sdkmessageid_value',
} as const;

export const STEP = {
  table: 'sdkmessageprocessingstep',
  set: 'sdkmessageprocessingsteps',
  id: 'sdkmessageprocessingstepid',
  name: 'name',
  description: 'description',
  stage: 'stage',
  mode: 'mode',
  rank: 'rank',
  filteringAttributes: 'filteringattributes',
  asyncAutoDelete: 'asyncautodelete',
  supportedDeployment: 'supporteddeployment',
  state: 'statecode',
  status: 'statuscode',
  eventHandlerValue: '_eventhandler_value',
  messageValue: '_sdkmessageid_value',
  filterValue: '_sdkmessagefilterid_value',
  /** Single-valued navigation properties (lower case: the Web API names them so). */
  endpointNav: 'eventhandler_serviceendpoint',
  messageNav: 'sdkmessageid',
  filterNav: 'sdkmessagefilterid',
} as const;

/** sdkmessageprocessingstep statecode/statuscode pairs: 0/1 Enabled, 1/2 Disabled. */
export const STEP_STATE = {
  enabled: { statecode: 0, statuscode: 1 },
  disabled: { statecode: 1, statuscode: 2 },
} as const;
/** supporteddeployment 0 = Server Only. */
export const SUPPORTED_DEPLOYMENT_SERVER = 0;

export const STEP_IMAGE = {
  set: 'sdkmessageprocessingstepimages',
  id: 'sdkmessageprocessingstepimageid',
  name: 'name',
  entityAlias: 'entityalias',
  imageType: 'imagetype',
  messagePropertyName: 'messagepropertyname',
  attributes: 'attributes',
  stepValue: '_sdkmessageprocessingstepid_value',
  stepNav: 'sdkmessageprocessingstepid',
} as const;

/**
 * How an exported webhook step names its handler: the platform's webhook plug-in type and the event handler's type
 * code (4618 = serviceendpoint), as in the exported steps of the public CSE-Neutrino/dataverse-serviceendpoint-sample
 * repository (deployment/solutions/RegisterServiceEndpointsSolution/SdkMessageProcessingSteps/*.xml).
 */
export const WEBHOOK_PLUGIN_TYPE = {
  name: 'Microsoft.Crm.ServiceBus.WebhookPlugin, Microsoft.Crm.ServiceBus, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35',
  id: 'fe4f0cdb-b254-4fa1-84f6-d58d0759b8b3',
} as const;
export const EVENT_HANDLER_TYPE_SERVICE_ENDPOINT = 4618;
