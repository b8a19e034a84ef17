import type { IgnoredParts } from './IgnoredParts';
import { type JsonObject, pathOf, readString, requireObject } from './jsonFields';
import { WebhookPayloadError } from './WebhookPayloadError';

/**
 * A DataContract dictionary — `[{"key": …, "value": …}, …]` — as a plain record. `parseItem` gets each value and
 * its path (`InputParameters.Target`). A key sent twice is an error: there is no right one to keep.
 * Object.fromEntries defines own properties, so a key like `__proto__` stays an ordinary key.
 *
 * With `ignored`, read leniently: an entry that is not a pair, or whose value does not parse, is noted there and left
 * out, and a key sent twice is left out altogether; the other entries are kept.
 */
export function parseKeyValues<T>(
  items: readonly unknown[],
  path: string,
  parseItem: (value: unknown, itemPath: string) => T,
  ignored?: IgnoredParts,
): Readonly<Record<string, T>> {
  const entries = new Map<string, T>();
  const twice = new Set<string>();
  items.forEach((item: unknown, i) => {
    const read = (): void => {
      const pair: JsonObject = requireObject(item, `${path}[${i}]`);
      const key = readString(pair, 'key', `${path}[${i}]`);
      const itemPath = pathOf(path, key);
      if (entries.has(key) || twice.has(key)) {
        twice.add(key);
        throw new WebhookPayloadError(`${itemPath} appears twice`, itemPath);
      }
      entries.set(key, parseItem(pair['value'], itemPath));
    };
    if (ignored === undefined) read();
    else ignored.attempt(read);
  });
  for (const key of twice) entries.delete(key);
  return Object.fromEntries(entries);
}
