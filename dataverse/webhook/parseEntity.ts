import { describeJson } from './describeJson';
import type { IgnoredParts } from './IgnoredParts';
import { type JsonObject, pathOf, readArray, readGuid, readOptionalArray, readOptionalString } from './jsonFields';
import { readString } from './jsonFields';
import { parseKeyValues } from './parseKeyValues';
import type { WebhookEntity, WebhookValue } from './webhookValues';
import { WebhookPayloadError } from './WebhookPayloadError';

/** The value parser, passed in so this module and parseValue.ts do not import each other. */
export type ValueParser = (raw: unknown, path: string, ignored?: IgnoredParts) => WebhookValue;

/**
 * An Entity (Target, image, party): LogicalName, Id and Attributes are required and read strictly — they are what
 * plug-ins read. FormattedValues, KeyAttributes and RowVersion are read when present; with `ignored` they are read
 * leniently (a formatted value that is null, say, is noted and left out), since no plug-in reads them. EntityState and
 * RelatedEntities (always null / [] in webhooks) are ignored.
 */
export function parseEntity(
  obj: JsonObject,
  path: string,
  parseValue: ValueParser,
  ignored?: IgnoredParts,
): WebhookEntity {
  const logicalName = readString(obj, 'LogicalName', path);
  const id = readGuid(obj, 'Id', path);
  const attributesPath = pathOf(path, 'Attributes');
  const attributes = parseKeyValues(readArray(obj, 'Attributes', path), attributesPath, (value, at) =>
    parseValue(value, at, ignored),
  );
  const optionalPart = <T>(read: () => T): T | undefined => (ignored ? ignored.attempt(read) : read());
  const formattedPath = pathOf(path, 'FormattedValues');
  const formattedValues =
    optionalPart(() =>
      parseKeyValues(readOptionalArray(obj, 'FormattedValues', path) ?? [], formattedPath, text, ignored),
    ) ?? {};
  const keyPath = pathOf(path, 'KeyAttributes');
  const keyAttributes =
    optionalPart(() =>
      parseKeyValues(
        readOptionalArray(obj, 'KeyAttributes', path) ?? [],
        keyPath,
        (value, at) => parseValue(value, at, ignored),
        ignored,
      ),
    ) ?? {};
  const rowVersion = optionalPart(() => readOptionalString(obj, 'RowVersion', path));
  const entity: WebhookEntity = { kind: 'entity', logicalName, id, attributes, formattedValues, keyAttributes };
  return rowVersion === undefined ? entity : { ...entity, rowVersion };
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new WebhookPayloadError(`${path} is not a string: ${describeJson(value)}`, path);
  return value;
}
