import { contractTypeOf, XRM_TYPE } from './contractType';
import type { IgnoredParts } from './IgnoredParts';
import {
  type JsonObject,
  pathOf,
  readArray,
  readGuid,
  readInteger,
  readNumber,
  readOptionalString,
  readString,
  requireObject,
} from './jsonFields';
import { parseDataContractDate } from './parseDataContractDate';
import { parseEntity } from './parseEntity';
import { unwrapSystemValue } from './unwrapSystemValue';
import type { EntityReferenceValue, WebhookEntity, WebhookValue } from './webhookValues';

/**
 * One value of an attribute, parameter or shared variable, typed by its `__type`. Dates arrive as text
 * (`/Date(ms)/`): any string of exactly that form becomes a Date. A string column holding such text would be read as
 * a date too, but DataContract JSON writes both the same way, so no reader can tell them apart. GUIDs are plain
 * strings on the wire, indistinguishable from text, so they stay strings. With `ignored`, the parts of entities no
 * plug-in reads (formatted values, key attributes, row version) are read leniently, see parseEntity.ts.
 */
export function parseValue(raw: unknown, path: string, ignored?: IgnoredParts): WebhookValue {
  if (raw === null || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') {
    const date = parseDataContractDate(raw);
    return date ? new Date(date.epochMs) : raw;
  }
  if (Array.isArray(raw)) return raw.map((item: unknown, i) => parseValue(item, `${path}[${i}]`, ignored));
  return parseObject(requireObject(raw, path), path, ignored);
}

function parseObject(obj: JsonObject, path: string, ignored: IgnoredParts | undefined): WebhookValue {
  const type = contractTypeOf(obj);
  if (type === undefined) {
    // Entities inside an EntityCollection, and images, carry no __type; recognise them by shape.
    const entityShaped = Array.isArray(obj['Attributes']) && typeof obj['LogicalName'] === 'string';
    return entityShaped ? parseEntity(obj, path, parseValue, ignored) : { kind: 'unknown', type: null, json: obj };
  }
  switch (type.name) {
    case XRM_TYPE.entity:
      return parseEntity(obj, path, parseValue, ignored);
    case XRM_TYPE.entityReference:
      return parseEntityReference(obj, path);
    case XRM_TYPE.entityCollection:
      return parseEntityCollection(obj, path, ignored);
    case XRM_TYPE.optionSetValue:
      return { kind: 'option', value: readInteger(obj, 'Value', path) };
    case XRM_TYPE.money:
      return { kind: 'money', value: readNumber(obj, 'Value', path) };
    case XRM_TYPE.stringPair:
      return { kind: 'pair', key: readString(obj, 'key', path), value: readString(obj, 'value', path) };
    default: {
      const unwrapped = unwrapSystemValue(obj, type, path);
      return unwrapped === undefined
        ? { kind: 'unknown', type: type.name, json: obj }
        : parseValue(unwrapped, path, ignored);
    }
  }
}

/** An EntityReference; also used for OwningExtension, which has the same members but no `__type`. */
export function parseEntityReference(obj: JsonObject, path: string): EntityReferenceValue {
  const id = readGuid(obj, 'Id', path);
  const logicalName = readString(obj, 'LogicalName', path);
  const name = readOptionalString(obj, 'Name', path);
  return name === undefined ? { kind: 'reference', id, logicalName } : { kind: 'reference', id, logicalName, name };
}

/** An EntityCollection (e.g. an activity party list in an image) becomes the array of its entities. */
function parseEntityCollection(
  obj: JsonObject,
  path: string,
  ignored: IgnoredParts | undefined,
): readonly WebhookEntity[] {
  const entitiesPath = pathOf(path, 'Entities');
  return readArray(obj, 'Entities', path).map((item: unknown, i) => {
    const at = `${entitiesPath}[${i}]`;
    return parseEntity(requireObject(item, at), at, parseValue, ignored);
  });
}
