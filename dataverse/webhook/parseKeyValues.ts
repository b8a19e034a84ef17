import { type JsonObject, pathOf, readString, requireObject } from './jsonFields';
import { WebhookPayloadError } from './WebhookPayloadError';

/**
 * A DataContract dictionary — `[{"key": …, "value": …}, …]` — as a plain record. `parseItem` gets each value and
 * its path (`InputParameters.Target`). A key sent twice is an error: there is no right one to keep.
 * Object.fromEntries defines own properties, so a key like `__proto__` stays an ordinary key.
 */
export function parseKeyValues<T>(
  items: readonly unknown[],
  path: string,
  parseItem: (value: unknown, itemPath: string) => T,
): Readonly<Record<string, T>> {
  const seen = new Set<string>();
  const entries = items.map((item: unknown, i): [string, T] => {
    const pair: JsonObject = requireObject(item, `${path}[${i}]`);
    const key = readString(pair, 'key', `${path}[${i}]`);
    const itemPath = pathOf(path, key);
    if (seen.has(key)) throw new WebhookPayloadError(`${itemPath} appears twice`, itemPath);
    seen.add(key);
    return [key, parseItem(pair['value'], itemPath)];
  });
  return Object.fromEntries(entries);
}
