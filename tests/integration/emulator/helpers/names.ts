/**
 * Wire names these tests use that schema/names.ts does not hold: the webhook registration tables and their columns
 * (serviceendpoint, sdkmessage, sdkmessagefilter, sdkmessageprocessingstep, sdkmessageprocessingstepimage, as the
 * Dataverse table references name them), the emulator's admin routes, and the headers Dataverse documents.
 */
export const SERVICE_ENDPOINT = {
  set: 'serviceendpoints',
  id: 'serviceendpointid',
  name: 'name',
  url: 'url',
  contract: 'contract',
  authType: 'authtype',
  authValue: 'authvalue',
  messageFormat: 'messageformat',
  namespaceFormat: 'namespaceformat',
  connectionMode: 'connectionmode',
  userClaim: 'userclaim',
} as const;

/** serviceendpoint choices (Dataverse serviceendpoint table reference). */
export const CONTRACT_WEBHOOK = 8;
export const AUTH_TYPE = { webhookKey: 4, httpHeader: 5, httpQueryString: 6 } as const;
export const MESSAGE_FORMAT_JSON = 2;
export const NAMESPACE_FORMAT_NAME = 1;
export const CONNECTION_MODE_NORMAL = 1;
export const USER_CLAIM_NONE = 1;

export const SDK_MESSAGE = { set: 'sdkmessages', id: 'sdkmessageid', name: 'name' } as const;
export const SDK_MESSAGE_FILTER = {
  set: 'sdkmessagefilters',
  id: 'sdkmessagefilterid',
  table: 'primaryobjecttypecode',
  messageValue: '_sdkmessageid_value',
} as const;

export const STEP = {
  set: 'sdkmessageprocessingsteps',
  name: 'name',
  stage: 'stage',
  mode: 'mode',
  rank: 'rank',
  filteringAttributes: 'filteringattributes',
  endpointNav: 'eventhandler_serviceendpoint',
  messageNav: 'sdkmessageid',
  filterNav: 'sdkmessagefilterid',
} as const;
/** sdkmessageprocessingstep: stage 40 PostOperation, mode 1 asynchronous; statecode 1 Disabled (statuscode 2). */
export const STAGE_POST_OPERATION = 40;
export const MODE_ASYNC = 1;
export const STEP_DISABLED = { statecode: 1, statuscode: 2 } as const;
export const STEP_ENABLED = { statecode: 0, statuscode: 1 } as const;

export const STEP_IMAGE = {
  set: 'sdkmessageprocessingstepimages',
  name: 'name',
  alias: 'entityalias',
  type: 'imagetype',
  messageProperty: 'messagepropertyname',
  attributes: 'attributes',
  stepNav: 'sdkmessageprocessingstepid',
} as const;
/** sdkmessageprocessingstepimage.imagetype. */
export const IMAGE_TYPE = { pre: 0, post: 1, both: 2 } as const;
/** sdkmessageprocessingstepimage.messagepropertyname: Target for Update, Id for a Create post image. */
export const IMAGE_PROPERTY = { target: 'Target', createdId: 'Id' } as const;
/** The post image Dataverse adds to async steps (docs sample). */
export const ASYNC_PRIMARY_NAME_IMAGE = 'AsynchronousStepPrimaryName';

/** The SDK messages steps are registered for. */
export const MESSAGE = {
  create: 'Create',
  update: 'Update',
  delete: 'Delete',
  qualifyLead: 'QualifyLead',
  merge: 'Merge',
} as const;

/** Headers Dataverse sends with a webhook (use-webhooks) and takes on requests. */
export const WEBHOOK_HEADER = {
  entityName: 'x-ms-dynamics-entity-name',
  requestName: 'x-ms-dynamics-request-name',
  organization: 'x-ms-dynamics-organization',
  correlationId: 'x-ms-correlation-request-id',
  sizeExceeded: 'x-ms-dynamics-msg-size-exceeded',
} as const;

/** The emulator's own control surface (emulator/adminRoutes.ts). */
export const ADMIN = { requests: '/_emulator/requests', settings: '/_emulator/settings' } as const;

/** Dataverse error codes the tests pin (web service error codes; api-limits). */
export const CODE = {
  duplicateRecord: '0x80040237',
  versionMismatch: '0x80060882',
  recordNotFound: '0x80040217',
  payload: '0x80048d19',
  validation: '0x80044331',
  resourceNotFound: '0x8006088a',
  queryProperty: '0x80060888',
  requestsLimit: '0x80072322',
  concurrencyLimit: '0x80072326',
  invalidArgument: '0x80040203',
} as const;

/** Lead and contact columns the query tests use that schema/names.ts does not name (Lead table reference). */
export const LEAD_COLUMN = { employees: 'numberofemployees' } as const;
/** lead.leadqualitycode (Rating) labels, for formatted values. */
export const RATING_LABEL = { 1: 'Hot', 2: 'Warm', 3: 'Cold' } as const;

/** Instance annotations of the Web API (query-data: formatted values, lookup properties). */
export const ANNOTATION = {
  formatted: 'OData.Community.Display.V1.FormattedValue',
  lookupLogicalName: 'Microsoft.Dynamics.CRM.lookuplogicalname',
  navigationProperty: 'Microsoft.Dynamics.CRM.associatednavigationproperty',
} as const;

/** Tables without CreateMultiple / UpdateMultiple in the emulator (emulator/metadata/tables: no supportsMultiple). */
export const TABLE_WITHOUT_BULK = {
  task: { table: 'task', set: 'tasks' },
  list: { table: 'list', set: 'lists', name: 'listname' },
} as const;
export const BULK = { create: 'CreateMultiple', update: 'UpdateMultiple' } as const;
/** The code for "The '<message>' method does not support entities of type '<table>'" (SdkEntityDoesNotSupportMessage). */
export const MESSAGE_NOT_SUPPORTED = '0x80040800';

/** FetchXML response annotations (fetchxml/page-results, Web API tab). */
export const FETCH_ANNOTATION = {
  pagingCookie: 'Microsoft.Dynamics.CRM.fetchxmlpagingcookie',
  moreRecords: 'Microsoft.Dynamics.CRM.morerecords',
} as const;
