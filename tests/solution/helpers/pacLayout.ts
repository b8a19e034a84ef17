import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml } from '../../../solution/xml/parseXml';
import { childElements, type XmlElement } from '../../../solution/xml/XmlNode';

/** A folder holding a pac-built PCF solution's files (unzipped) and its ZIP-LISTING.txt. */
export interface PacLayout {
  readonly dir: string;
  /** The control's folder in the zip: `Controls/<prefix>_<namespace>.<constructor>`. */
  readonly control: string;
  /** The control's English strings file, under its folder. */
  readonly resx: string;
}

/** LeadLink's own fixture of that layout (tests/fixtures/solutions/README.md says what it mirrors). */
export const PAC_FIXTURE: PacLayout = {
  dir: join(__dirname, '..', '..', 'fixtures', 'solutions', 'pac-pcf-control-solution'),
  control: 'Controls/fixture_FixtureSample.GaugeControl',
  resx: 'strings/GaugeControl.1033.resx',
};

export const layoutText = (layout: PacLayout, name: string) => readFileSync(join(layout.dir, name), 'utf8');
export const layoutXml = (layout: PacLayout, name: string) => parseXml(layoutText(layout, name), name);

/** The zip's entry names, from ZIP-LISTING.txt (name, size, compression per line). */
export function layoutEntries(layout: PacLayout): { name: string; compression: string }[] {
  return layoutText(layout, 'ZIP-LISTING.txt')
    .trim()
    .split('\n')
    .map((line) => {
      const [name = '', , compression = ''] = line.split('\t');
      return { name, compression };
    });
}

/** An element's shape: its name, its attribute names and its children's shapes (text and comments ignored). */
export const xmlShape = (e: XmlElement): unknown => [
  e.name,
  e.attributes.map(([k]) => k),
  childElements(e).map(xmlShape),
];
