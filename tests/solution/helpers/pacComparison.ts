/**
 * A structural comparison of LeadLink's zip with a pac-built PCF solution: the same files in the same places, the
 * same manifest skeleton, the same control entry, the same content types — LeadLink's zip only adds what it has
 * beyond a control. Run on LeadLink's fixture of that layout in the product tests, on the real one in the reference
 * suite.
 */
import { rmSync } from 'node:fs';
import { packSolution, unzipFiles } from '../../../solution/pack';
import { parseXml } from '../../../solution/xml/parseXml';
import { attributeOf, childElements, firstChild, type XmlElement } from '../../../solution/xml/XmlNode';
import { builtControlCopy } from './builtControl';
import { type PacLayout, layoutEntries, layoutText, layoutXml, xmlShape as shape } from './pacLayout';
import { packInputs } from './packInputs';

const OUR_CONTROL = 'Controls/leadlink_LeadLink.MarketingInsightsPanel';

export function describePacComparison(pac: PacLayout): void {
  let controlDir: string;
  let ours: Map<string, Buffer>;
  beforeAll(async () => {
    controlDir = builtControlCopy();
    ours = await unzipFiles((await packSolution(packInputs(controlDir))).zip);
  });
  afterAll(() => rmSync(controlDir, { recursive: true, force: true }));

  const ourXml = (name: string) => parseXml((ours.get(name) as Buffer).toString('utf8'), name);
  const pacXml = (name: string) => layoutXml(pac, name);

  it('has every kind of entry the pac zip has, in the same places', () => {
    for (const { name: entry } of layoutEntries(pac)) {
      const mapped = entry
        .replace(pac.control, OUR_CONTROL)
        .replace(`strings/${pac.resx.replace(/^strings\//, '')}`, 'strings/MarketingInsightsPanel.1033.resx');
      expect([entry, ours.has(mapped)]).toEqual([entry, true]);
    }
    expect(layoutEntries(pac).every((e) => e.compression === 'compress_type=8')).toBe(true);
  });

  it('writes solution.xml with the same skeleton: same declaration and root, same manifest and publisher elements in the same order', () => {
    const theirs = pacXml('solution.xml');
    const mine = ourXml('solution.xml');
    expect(mine.attributes).toEqual(theirs.attributes);
    const manifestNames = (root: XmlElement) =>
      childElements(firstChild(root, 'SolutionManifest') as XmlElement).map((c) => c.name);
    expect(manifestNames(mine)).toEqual(manifestNames(theirs));
    const publisher = (root: XmlElement) =>
      firstChild(firstChild(root, 'SolutionManifest') as XmlElement, 'Publisher') as XmlElement;
    expect(shape(publisher(mine))).toEqual(shape(publisher(theirs)));
    expect((ours.get('solution.xml') as Buffer).toString('utf8').slice(0, 40)).toBe(
      layoutText(pac, 'solution.xml').slice(0, 40),
    );
    const control = childElements(
      firstChild(firstChild(mine, 'SolutionManifest') as XmlElement, 'RootComponents') as XmlElement,
    ).find((r) => attributeOf(r, 'type') === '66') as XmlElement;
    const pacControl = childElements(
      firstChild(firstChild(theirs, 'SolutionManifest') as XmlElement, 'RootComponents') as XmlElement,
    )[0] as XmlElement;
    expect(shape(control)).toEqual(shape(pacControl));
  });

  it('keeps the customizations.xml sections in the same order and names the control the same way', () => {
    const pacSections = childElements(pacXml('customizations.xml')).map((c) => c.name);
    const ourSections = childElements(ourXml('customizations.xml')).map((c) => c.name);
    expect(ourSections.filter((s) => pacSections.includes(s))).toEqual(pacSections);
    const control = (root: XmlElement) =>
      firstChild(firstChild(root, 'CustomControls') as XmlElement, 'CustomControl') as XmlElement;
    expect(shape(control(ourXml('customizations.xml')))).toEqual(shape(control(pacXml('customizations.xml'))));
    expect(firstChild(control(ourXml('customizations.xml')), 'FileName')?.children).toEqual([
      { kind: 'text', text: `/${OUR_CONTROL}/ControlManifest.xml` },
    ]);
  });

  it('writes [Content_Types].xml as pac does: one line, xml as text/xml, the rest octet-stream, the manifest overridden', () => {
    const theirs = pacXml('[Content_Types].xml');
    const mine = ourXml('[Content_Types].xml');
    const defaults = (root: XmlElement) =>
      Object.fromEntries(
        childElements(root, 'Default').map((d) => [attributeOf(d, 'Extension'), attributeOf(d, 'ContentType')]),
      );
    expect(defaults(mine)).toEqual(expect.objectContaining(defaults(theirs)));
    expect(childElements(mine, 'Override').map((o) => attributeOf(o, 'PartName'))).toEqual([
      `/${OUR_CONTROL}/ControlManifest.xml`,
      // A part without an extension (the scoring model web resource's file) is overridden, as Dataverse's exports do.
      expect.stringMatching(/^\/WebResources\/leadlink_scoringdefault-modeljson[0-9A-F-]{36}$/),
    ]);
    expect((ours.get('[Content_Types].xml') as Buffer).toString('utf8')).not.toContain('\n');
    expect(layoutText(pac, '[Content_Types].xml')).not.toContain('\n');
  });

  it('ships the built control manifest as pac does: bundle.js as code, resx strings, built-by pac', () => {
    const shapeOf = (root: XmlElement) => {
      const control = firstChild(root, 'control') as XmlElement;
      return [
        root.name,
        control.name,
        firstChild(control, 'built-by')?.attributes.map(([k]) => k),
        attributeOf(firstChild(firstChild(control, 'resources') as XmlElement, 'code') as XmlElement, 'path'),
      ];
    };
    expect(shapeOf(ourXml(`${OUR_CONTROL}/ControlManifest.xml`))).toEqual(
      shapeOf(pacXml(`${pac.control}/ControlManifest.xml`)),
    );
  });
}
