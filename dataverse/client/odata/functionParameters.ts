/**
 * Function parameters go in the URL as parameter aliases — `WhoAmI()`, `Fn(A=@p1)?@p1='x'` — so any value can be
 * URL-encoded without breaking the path
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-functions#passing-parameters-to-a-function).
 */
import { assertIdentifier } from './names';
import { odataString } from './odataString';

/** A literal written as is (a GUID, an enum value such as `Microsoft.Dynamics.CRM.EntityFilters'Entity'`). */
export class RawLiteral {
  constructor(readonly text: string) {}
}

export type FunctionParameterValue =
  string | number | boolean | null | RawLiteral | readonly unknown[] | { readonly [key: string]: unknown };

export function functionCall(name: string, parameters: Readonly<Record<string, FunctionParameterValue>>): string {
  const names = Object.keys(parameters);
  const signature = names
    .map((parameter, index) => `${assertIdentifier('function parameter', parameter)}=@p${index + 1}`)
    .join(',');
  const aliases = names.map(
    (parameter, index) => `@p${index + 1}=${encodeURIComponent(literal(parameters[parameter] ?? null))}`,
  );
  return `${name}(${signature})${aliases.length ? `?${aliases.join('&')}` : ''}`;
}

function literal(value: FunctionParameterValue): string {
  if (value instanceof RawLiteral) return value.text;
  if (value === null) return 'null';
  if (typeof value === 'string') return odataString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Function parameter ${value} is not a number Dataverse accepts`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
