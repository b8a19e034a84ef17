/**
 * DataContract JSON names an object's .NET type in `__type`, as `Name:Namespace`: the Xrm contract types carry
 * `http://schemas.microsoft.com/xrm/2011/Contracts`, System types `#System`. Dataverse usually escapes the slashes
 * (`http:\/\/…`) and some senders do not; JSON.parse turns both into the same string, so we only ever compare the
 * parsed `__type`, never raw body text.
 */

/** The Xrm contract type names the parser understands. */
export const XRM_TYPE = {
  entity: 'Entity',
  entityReference: 'EntityReference',
  entityCollection: 'EntityCollection',
  optionSetValue: 'OptionSetValue',
  money: 'Money',
  /** System.Collections.Generic.KeyValuePair<string,string>, e.g. in SharedVariables ChangedEntityTypes. */
  stringPair: 'KeyValuePairOfstringstring',
} as const;

export interface ContractType {
  readonly name: string;
  readonly namespace: string;
}

/** Splits a parsed `__type` value; undefined when the object has none (or it is not a string). */
export function contractTypeOf(obj: Readonly<Record<string, unknown>>): ContractType | undefined {
  const type = obj['__type'];
  if (typeof type !== 'string') return undefined;
  const colon = type.indexOf(':');
  return colon < 0 ? { name: type, namespace: '' } : { name: type.slice(0, colon), namespace: type.slice(colon + 1) };
}
