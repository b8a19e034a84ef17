/**
 * `Microsoft.Dynamics.CRM.In` / `NotIn` filter expressions: one query for many values (e.g. matching many e-mail
 * addresses). Values are written as a JSON array of double-quoted strings, the form Dataverse documents for values
 * that contain a single quote (`O'Brian`); single-quoted arrays fail on them with "Invalid JSON"
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#manage-single-quotes).
 */
import { assertIdentifier } from './names';

export type InValue = string | number;

export function inFilter(propertyName: string, values: readonly InValue[]): string {
  return queryFunction('In', propertyName, values);
}

export function notInFilter(propertyName: string, values: readonly InValue[]): string {
  return queryFunction('NotIn', propertyName, values);
}

function queryFunction(name: 'In' | 'NotIn', propertyName: string, values: readonly InValue[]): string {
  assertIdentifier(`${name} filter property`, propertyName);
  if (values.length === 0) throw new RangeError(`${name} filter on ${propertyName} needs at least one value`);
  const texts = values.map((value) => {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new RangeError(`${name} filter on ${propertyName}: ${value} is not a number Dataverse accepts`);
    return String(value);
  });
  return `Microsoft.Dynamics.CRM.${name}(PropertyName='${propertyName}',PropertyValues=${JSON.stringify(texts)})`;
}
