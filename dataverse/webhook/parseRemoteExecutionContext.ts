import {
  type JsonObject,
  isJsonObject,
  pathOf,
  readGuid,
  readInteger,
  readOptionalArray,
  readOptionalBoolean,
  readOptionalGuid,
  readOptionalString,
  readString,
  requireObject,
} from './jsonFields';
import { parseEntity } from './parseEntity';
import { parseKeyValues } from './parseKeyValues';
import { parseOperationCreatedOn } from './parseOperationCreatedOn';
import { parseEntityReference, parseValue } from './parseValue';
import { readBody } from './readBody';
import type { RemoteExecutionContext } from './RemoteExecutionContext';
import { isSizeExceeded, type WebhookHeaders } from './webhookHeaders';
import { isEntityReference, isWebhookEntity, type WebhookEntity, type WebhookValue } from './webhookValues';
import { WebhookPayloadError } from './WebhookPayloadError';

/**
 * Reads the body Dataverse POSTs to a webhook (the JSON of a RemoteExecutionContext,
 * https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks) into a typed context.
 * `body` is the raw text (string or bytes) or the already-parsed JSON. Unknown keys are ignored, so newer platform
 * members (e.g. InitiatingUserAzureActiveDirectoryObjectId) do not break it. Throws WebhookPayloadError naming the
 * first field that is missing or malformed.
 */
export function parseRemoteExecutionContext(body: unknown, headers?: WebhookHeaders): RemoteExecutionContext {
  return parseContext(requireObject(readBody(body), ''), '', isSizeExceeded(headers));
}

function parseContext(obj: JsonObject, path: string, sizeExceededHeader: boolean): RemoteExecutionContext {
  const inputArray = readOptionalArray(obj, 'InputParameters', path);
  // Over 256 KB Dataverse drops InputParameters, the images and ParentContext and says so in a header; a body
  // without InputParameters means the same, whatever the headers said.
  const sizeExceeded = sizeExceededHeader || inputArray === undefined;
  const inputParameters = sizeExceeded ? {} : values(inputArray ?? [], pathOf(path, 'InputParameters'));
  const owningExtension = obj['OwningExtension'];
  const parent = obj['ParentContext'];
  return {
    messageName: readString(obj, 'MessageName', path),
    primaryEntityName: readString(obj, 'PrimaryEntityName', path),
    primaryEntityId: readGuid(obj, 'PrimaryEntityId', path),
    ...optional('secondaryEntityName', readOptionalString(obj, 'SecondaryEntityName', path)),
    stage: readInteger(obj, 'Stage', path),
    mode: readInteger(obj, 'Mode', path),
    depth: readInteger(obj, 'Depth', path),
    correlationId: readGuid(obj, 'CorrelationId', path),
    requestId: readOptionalGuid(obj, 'RequestId', path),
    operationId: readGuid(obj, 'OperationId', path),
    organizationId: readGuid(obj, 'OrganizationId', path),
    organizationName: readString(obj, 'OrganizationName', path),
    userId: readGuid(obj, 'UserId', path),
    initiatingUserId: readGuid(obj, 'InitiatingUserId', path),
    businessUnitId: readGuid(obj, 'BusinessUnitId', path),
    operationCreatedOn: parseOperationCreatedOn(obj, 'OperationCreatedOn', path),
    isInTransaction: readOptionalBoolean(obj, 'IsInTransaction', path) ?? false,
    ...optional(
      'owningExtension',
      isJsonObject(owningExtension)
        ? parseEntityReference(owningExtension, pathOf(path, 'OwningExtension'))
        : undefined,
    ),
    ...optional('target', targetOf(inputParameters, path)),
    inputParameters,
    outputParameters: values(readOptionalArray(obj, 'OutputParameters', path) ?? [], pathOf(path, 'OutputParameters')),
    sharedVariables: values(readOptionalArray(obj, 'SharedVariables', path) ?? [], pathOf(path, 'SharedVariables')),
    preEntityImages: sizeExceeded ? {} : images(obj, 'PreEntityImages', path),
    postEntityImages: sizeExceeded ? {} : images(obj, 'PostEntityImages', path),
    ...optional(
      'parentContext',
      sizeExceeded || parent === undefined || parent === null
        ? undefined
        : parseContext(requireObject(parent, pathOf(path, 'ParentContext')), pathOf(path, 'ParentContext'), false),
    ),
    sizeExceeded,
  };
}

/** `{ [key]: value }` when the value is defined, else nothing: keeps optional members absent, not undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

function values(items: readonly unknown[], path: string): Readonly<Record<string, WebhookValue>> {
  return parseKeyValues(items, path, parseValue);
}

function images(obj: JsonObject, key: string, path: string): Readonly<Record<string, WebhookEntity>> {
  const items = readOptionalArray(obj, key, path) ?? [];
  // Image entities carry no __type (docs sample), so they are read as entities by position.
  return parseKeyValues(items, pathOf(path, key), (value, itemPath) =>
    parseEntity(requireObject(value, itemPath), itemPath, parseValue),
  );
}

function targetOf(inputs: Readonly<Record<string, WebhookValue>>, path: string): RemoteExecutionContext['target'] {
  const target = inputs['Target'];
  if (target === undefined || isWebhookEntity(target) || isEntityReference(target)) return target;
  const where = pathOf(pathOf(path, 'InputParameters'), 'Target');
  throw new WebhookPayloadError(`${where} is neither an Entity nor an EntityReference`, where);
}
