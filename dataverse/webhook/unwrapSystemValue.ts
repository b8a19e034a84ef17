import type { ContractType } from './contractType';
import { describeJson } from './describeJson';
import { isGuid } from './guid';
import { pathOf } from './jsonFields';
import { parseDataContractDate } from './parseDataContractDate';
import { WebhookPayloadError } from './WebhookPayloadError';

/** The System primitives DataContract JSON may wrap as `{"__type":"Guid:#System","__value":…}`. */
const SYSTEM_PRIMITIVES: ReadonlySet<string> = new Set([
  'Guid',
  'DateTime',
  'Decimal',
  'Double',
  'Single',
  'Int16',
  'Int32',
  'Int64',
  'Boolean',
  'String',
]);

/**
 * The inner value of a wrapped System primitive, or undefined when `obj` is not one. DataContract JSON writes this
 * wrapper for a primitive held in an `object`-typed slot when type information is kept; Dataverse itself writes
 * plain values (docs sample), and only the hand-edited albanian-xrm sample carries it. Unwrapping costs nothing and
 * reads the same value, where rejecting would fail a handler over a formatting choice.
 */
export function unwrapSystemValue(obj: Readonly<Record<string, unknown>>, type: ContractType, path: string): unknown {
  if (type.namespace !== '#System' || !SYSTEM_PRIMITIVES.has(type.name)) return undefined;
  if (!('__value' in obj)) {
    const where = pathOf(path, '__value');
    throw new WebhookPayloadError(`${where} is missing (a ${type.name}:#System value)`, where);
  }
  const value = obj['__value'];
  const where = pathOf(path, '__value');
  if (type.name === 'Guid' && !(typeof value === 'string' && isGuid(value))) {
    throw new WebhookPayloadError(`${where} is not a GUID: ${describeJson(value)}`, where);
  }
  if (type.name === 'DateTime' && !(typeof value === 'string' && parseDataContractDate(value))) {
    throw new WebhookPayloadError(`${where} is not a /Date(ms)/ value: ${describeJson(value)}`, where);
  }
  return value;
}
