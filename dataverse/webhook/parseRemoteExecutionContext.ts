import { IgnoredParts } from './IgnoredParts';
import {
  type JsonObject,
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
import { isEntityReference, isWebhookEntity, type WebhookValue } from './webhookValues';
import { WebhookPayloadError } from './WebhookPayloadError';

/**
 * Reads the body Dataverse POSTs to a webhook (the JSON of a RemoteExecutionContext,
 * https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks) into a typed context.
 * `body` is the raw text (string or bytes) or the already-parsed JSON. Unknown keys are ignored, so newer platform
 * members (e.g. InitiatingUserAzureActiveDirectoryObjectId) do not break it. What plug-ins act on is read strictly
 * and what they do not is read leniently (see RemoteExecutionContext.ts): it throws WebhookPayloadError, naming the
 * field, only when the body is not a JSON object or its message, table, record id or stage is missing or malformed.
 */
export function parseRemoteExecutionContext(body: unknown, headers?: WebhookHeaders): RemoteExecutionContext {
  return parseContext(requireObject(readBody(body), ''), '', isSizeExceeded(headers), new IgnoredParts());
}

function parseContext(
  obj: JsonObject,
  path: string,
  sizeExceededHeader: boolean,
  ignored: IgnoredParts,
): RemoteExecutionContext {
  // Strict: without these there is nothing a handler can do, not even read the record.
  const messageName = readString(obj, 'MessageName', path);
  const primaryEntityName = readString(obj, 'PrimaryEntityName', path);
  const primaryEntityId = readGuid(obj, 'PrimaryEntityId', path);
  const stage = readInteger(obj, 'Stage', path);

  const lenient = <T>(read: () => T): T | undefined => ignored.attempt(read);
  const guid = (key: string) => lenient(() => readGuid(obj, key, path));
  const integer = (key: string) => lenient(() => readInteger(obj, key, path));
  const text = (key: string) => lenient(() => readString(obj, key, path));
  // Over 256 KB Dataverse drops InputParameters, the images and ParentContext and says so in a header; a body
  // without InputParameters means the same, whatever the headers said.
  const rawInputs = obj['InputParameters'];
  const sizeExceeded = sizeExceededHeader || rawInputs === undefined || rawInputs === null;
  const inputParameters = sizeExceeded
    ? {}
    : inputs(
        lenient(() => readOptionalArray(obj, 'InputParameters', path)) ?? [],
        pathOf(path, 'InputParameters'),
        ignored,
      );
  const owningExtension = obj['OwningExtension'];
  const parent = obj['ParentContext'];
  return {
    messageName,
    primaryEntityName,
    primaryEntityId,
    ...optional(
      'secondaryEntityName',
      lenient(() => readOptionalString(obj, 'SecondaryEntityName', path)),
    ),
    stage,
    ...optional('mode', integer('Mode')),
    ...optional('depth', integer('Depth')),
    ...optional('correlationId', guid('CorrelationId')),
    requestId: lenient(() => readOptionalGuid(obj, 'RequestId', path)) ?? null,
    ...optional('operationId', guid('OperationId')),
    ...optional('organizationId', guid('OrganizationId')),
    ...optional('organizationName', text('OrganizationName')),
    ...optional('userId', guid('UserId')),
    ...optional('initiatingUserId', guid('InitiatingUserId')),
    ...optional('businessUnitId', guid('BusinessUnitId')),
    ...optional(
      'operationCreatedOn',
      lenient(() => parseOperationCreatedOn(obj, 'OperationCreatedOn', path)),
    ),
    isInTransaction: lenient(() => readOptionalBoolean(obj, 'IsInTransaction', path)) ?? false,
    ...optional(
      'owningExtension',
      owningExtension === undefined || owningExtension === null
        ? undefined
        : lenient(() =>
            parseEntityReference(
              requireObject(owningExtension, pathOf(path, 'OwningExtension')),
              pathOf(path, 'OwningExtension'),
            ),
          ),
    ),
    ...optional('target', targetOf(inputParameters)),
    inputParameters,
    outputParameters: values(obj, 'OutputParameters', path, ignored),
    sharedVariables: values(obj, 'SharedVariables', path, ignored),
    preEntityImages: sizeExceeded ? {} : images(obj, 'PreEntityImages', path, ignored),
    postEntityImages: sizeExceeded ? {} : images(obj, 'PostEntityImages', path, ignored),
    ...optional(
      'parentContext',
      sizeExceeded || parent === undefined || parent === null ? undefined : parentOf(parent, path, ignored),
    ),
    sizeExceeded,
    ignored: ignored.list(),
  };
}

/** `{ [key]: value }` when the value is defined, else nothing: keeps optional members absent, not undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/**
 * The input parameters, each read on its own: one that does not parse is set aside, the others are kept. The Target
 * must be an Entity or an EntityReference whose every member checks out; if not, it is set aside whole.
 */
function inputs(
  items: readonly unknown[],
  path: string,
  ignored: IgnoredParts,
): Readonly<Record<string, WebhookValue>> {
  return parseKeyValues(
    items,
    path,
    (value, itemPath) => {
      const parsed = parseValue(value, itemPath, ignored);
      if (itemPath === pathOf(path, 'Target') && !isWebhookEntity(parsed) && !isEntityReference(parsed)) {
        throw new WebhookPayloadError(`${itemPath} is neither an Entity nor an EntityReference`, itemPath);
      }
      return parsed;
    },
    ignored,
  );
}

function targetOf(inputs: Readonly<Record<string, WebhookValue>>): RemoteExecutionContext['target'] {
  const target = inputs['Target'];
  return isWebhookEntity(target) || isEntityReference(target) ? target : undefined;
}

/** A dictionary member (`[{key, value}]`) read leniently: one entry that does not parse is set aside, not the rest. */
function dictionary<T>(
  obj: JsonObject,
  key: string,
  path: string,
  ignored: IgnoredParts,
  parseItem: (value: unknown, itemPath: string) => T,
): Readonly<Record<string, T>> {
  const items = ignored.attempt(() => readOptionalArray(obj, key, path)) ?? [];
  return parseKeyValues(items, pathOf(path, key), parseItem, ignored);
}

function values(obj: JsonObject, key: string, path: string, ignored: IgnoredParts) {
  return dictionary(obj, key, path, ignored, (value, itemPath) => parseValue(value, itemPath, ignored));
}

/**
 * Images by alias; one whose members do not all check out is set aside whole (the record can be read by id). Image
 * entities carry no __type (docs sample), so they are read as entities by position.
 */
function images(obj: JsonObject, key: string, path: string, ignored: IgnoredParts) {
  return dictionary(obj, key, path, ignored, (value, itemPath) =>
    parseEntity(requireObject(value, itemPath), itemPath, parseValue, ignored),
  );
}

/** The ParentContext, read the same way; when even its message, table, id or stage is malformed it is left out. */
function parentOf(parent: unknown, path: string, ignored: IgnoredParts): RemoteExecutionContext | undefined {
  const at = pathOf(path, 'ParentContext');
  const own = new IgnoredParts();
  const context = ignored.attempt(() => parseContext(requireObject(parent, at), at, false, own));
  for (const problem of own.list()) ignored.add(problem);
  return context;
}
