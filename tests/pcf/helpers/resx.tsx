/** Reads the control's .resx files the way the platform does for `context.resources.getString`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const LANGUAGES = { english: 1033, traditionalChinese: 1028, vietnamese: 1066 } as const;
export type LanguageId = (typeof LANGUAGES)[keyof typeof LANGUAGES];

export const STRINGS_DIR = join(__dirname, '..', '..', '..', 'pcf-controls', 'MarketingInsightsPanel', 'strings');

const cache = new Map<number, ReadonlyMap<string, string>>();

export function loadResx(languageId: number): ReadonlyMap<string, string> {
  const cached = cache.get(languageId);
  if (cached !== undefined) return cached;
  const xml = readFileSync(join(STRINGS_DIR, `MarketingInsightsPanel.${languageId}.resx`), 'utf8');
  const parsed: unknown = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false,
  }).parse(xml);
  const data = (parsed as { root?: { data?: unknown } }).root?.data;
  const entries = Array.isArray(data) ? data : data === undefined ? [] : [data];
  const map = new Map<string, string>();
  for (const entry of entries as { '@name'?: unknown; value?: unknown }[]) {
    const name = entry['@name'];
    const value = entry.value;
    if (typeof name !== 'string') throw new Error(`A <data> element in ${languageId}.resx has no name.`);
    if (map.has(name)) throw new Error(`"${name}" appears twice in ${languageId}.resx.`);
    map.set(name, typeof value === 'string' ? value : String(value ?? ''));
  }
  cache.set(languageId, map);
  return map;
}

/** Like the platform's getString, but a missing key is loud: it renders as ⟦missing:Key⟧ so tests can catch it. */
export function resourcesFor(languageId: number): { getString(id: string): string } {
  const strings = loadResx(languageId);
  return { getString: (id) => strings.get(id) ?? `⟦missing:${id}⟧` };
}
