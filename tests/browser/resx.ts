import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** The control's strings for a language, read from its source .resx (independently of the preview server). */
export function resxStrings(lcid: number): Record<string, string> {
  const file = path.resolve(
    __dirname,
    '../../pcf-controls/MarketingInsightsPanel/strings',
    `MarketingInsightsPanel.${lcid}.resx`,
  );
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
    readFileSync(file, 'utf8'),
  ) as {
    root: { data: { name: string; value: string }[] };
  };
  return Object.fromEntries(parsed.root.data.map((d) => [d.name, String(d.value)]));
}

/** `{0}`-style placeholders, as the control fills them. */
export function fill(template: string, ...values: string[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => values[Number(i)] ?? '');
}
