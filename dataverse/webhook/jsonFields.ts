import { describeJson } from './describeJson';
import { isGuid } from './guid';
import { WebhookPayloadError } from './WebhookPayloadError';

/**
 * Readers for one field of a parsed JSON object. Each takes the object's path in the body, so an error names the
 * exact field (`ParentContext.PrimaryEntityId is not a GUID: "x"`). Null counts as missing: DataContract JSON
 * writes an unset reference-type member as null.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MAX_KEY_SHOWN = 40;

/**
 * `ParentContext` + `Stage` → `ParentContext.Stage`; the top level has an empty path. Keys come from the body, so a
 * long one is cut short and control characters are escaped: a path goes into error messages and log lines.
 */
export function pathOf(parent: string, key: string): string {
  const shown = key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
  const safe = /[\u0000-\u001f\u007f-\u009f]/.test(shown) ? JSON.stringify(shown) : shown;
  return parent === '' ? safe : `${parent}.${safe}`;
}

function fail(path: string, problem: string): never {
  throw new WebhookPayloadError(`${path === '' ? 'The body' : path} ${problem}`, path);
}

function present(obj: JsonObject, key: string, path: string): unknown {
  const value = obj[key];
  if (value === undefined || value === null) fail(pathOf(path, key), 'is missing');
  return value;
}

export function readString(obj: JsonObject, key: string, path: string): string {
  const value = present(obj, key, path);
  if (typeof value !== 'string') fail(pathOf(path, key), `is not a string: ${describeJson(value)}`);
  return value;
}

export function readOptionalString(obj: JsonObject, key: string, path: string): string | undefined {
  return obj[key] === undefined || obj[key] === null ? undefined : readString(obj, key, path);
}

/** A GUID, lower-cased so ids compare equal however the sender cased them. */
export function readGuid(obj: JsonObject, key: string, path: string): string {
  const value = present(obj, key, path);
  if (typeof value !== 'string' || !isGuid(value)) fail(pathOf(path, key), `is not a GUID: ${describeJson(value)}`);
  return value.toLowerCase();
}

export function readOptionalGuid(obj: JsonObject, key: string, path: string): string | null {
  return obj[key] === undefined || obj[key] === null ? null : readGuid(obj, key, path);
}

export function readInteger(obj: JsonObject, key: string, path: string): number {
  const value = present(obj, key, path);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    fail(pathOf(path, key), `is not an integer: ${describeJson(value)}`);
  }
  return value;
}

export function readNumber(obj: JsonObject, key: string, path: string): number {
  const value = present(obj, key, path);
  if (typeof value !== 'number') fail(pathOf(path, key), `is not a number: ${describeJson(value)}`);
  return value;
}

export function readOptionalBoolean(obj: JsonObject, key: string, path: string): boolean | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') fail(pathOf(path, key), `is not a boolean: ${describeJson(value)}`);
  return value;
}

/** An array field; missing or null gives undefined, anything else that is not an array is an error. */
export function readOptionalArray(obj: JsonObject, key: string, path: string): readonly unknown[] | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) fail(pathOf(path, key), `is not an array: ${describeJson(value)}`);
  return value;
}

export function readArray(obj: JsonObject, key: string, path: string): readonly unknown[] {
  const value = readOptionalArray(obj, key, path);
  if (value === undefined) fail(pathOf(path, key), 'is missing');
  return value;
}

export function requireObject(value: unknown, path: string): JsonObject {
  if (!isJsonObject(value)) fail(path, `is not an object: ${describeJson(value)}`);
  return value;
}
