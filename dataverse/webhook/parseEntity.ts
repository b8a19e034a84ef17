import {
  type JsonObject,
  pathOf,
  readArray,
  readGuid,
  readOptionalArray,
  readOptionalString,
  readString,
} from './jsonFields';
import { describeJson } from './describeJson';
import { parseKeyValues } from './parseKeyValues';
import type { WebhookEntity, WebhookValue } from './webhookValues';
import { WebhookPayloadError } from './WebhookPayloadError';

/** The value parser, passed in so this module and parseValue.ts do not import each other. */
export type ValueParser = (raw: unknown, path: string) => WebhookValue;

/**
 * An Entity (Target, image, party): LogicalName, Id and Attributes are required; FormattedValues, KeyAttributes
 * and RowVersion are read when present; EntityState and RelatedEntities (always null / [] in webhooks) are ignored.
 */
export function parseEntity(obj: JsonObject, path: string, parseValue: ValueParser): WebhookEntity {
  const logicalName = readString(obj, 'LogicalName', path);
  const id = readGuid(obj, 'Id', path);
  const attributes = parseKeyValues(readArray(obj, 'Attributes', path), pathOf(path, 'Attributes'), parseValue);
  const formattedPath = pathOf(path, 'FormattedValues');
  const formattedValues = parseKeyValues(readOptionalArray(obj, 'FormattedValues', path) ?? [], formattedPath, text);
  const keyPath = pathOf(path, 'KeyAttributes');
  const keyAttributes = parseKeyValues(readOptionalArray(obj, 'KeyAttributes', path) ?? [], keyPath, parseValue);
  const rowVersion = readOptionalString(obj, 'RowVersion', path);
  const entity: WebhookEntity = { kind: 'entity', logicalName, id, attributes, formattedValues, keyAttributes };
  return rowVersion === undefined ? entity : { ...entity, rowVersion };
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new WebhookPayloadError(`${path} is not a string: ${describeJson(value)}`, path);
  return value;
}
