/**
 * The pac-built PCF solution: LeadLink's fixture of its layout has its structure (every file the fixture keeps has
 * the same elements and attributes in the same order, the same declaration, byte order mark and line ends; the zip
 * listing has the same entries and compression), and LeadLink's zip compares with the real one as with the fixture.
 * The original: microsoft/PowerApps-Samples, component-framework/CodeInterpreterControl/solutions/.
 */
import { describePacComparison } from '../../solution/helpers/pacComparison';
import {
  layoutEntries,
  layoutText,
  layoutXml,
  PAC_FIXTURE,
  type PacLayout,
  xmlShape,
} from '../../solution/helpers/pacLayout';
import { referencePath } from '../support/referenceDir';

const REAL: PacLayout = {
  dir: referencePath('solution-examples', 'powerapps-samples-codeinterpreter-pcf-solution'),
  control: 'Controls/dev_CodeInterpreterSample.CodeInterpreterControl',
  resx: 'strings/CodeInterpreterControl.1033.resx',
};

const FILES = ['solution.xml', 'customizations.xml', '[Content_Types].xml', 'ControlManifest.xml'];
const path = (layout: PacLayout, file: string) => (file === 'ControlManifest.xml' ? `${layout.control}/${file}` : file);

describe('the fixture of the pac layout', () => {
  it.each(FILES)('%s has the structure of the real one', (file) => {
    expect(xmlShape(layoutXml(PAC_FIXTURE, path(PAC_FIXTURE, file)))).toEqual(
      xmlShape(layoutXml(REAL, path(REAL, file))),
    );
    const ours = layoutText(PAC_FIXTURE, path(PAC_FIXTURE, file));
    const theirs = layoutText(REAL, path(REAL, file));
    expect([ours.startsWith('\uFEFF'), ours.includes('\r\n'), ours.includes('\n')]).toEqual([
      theirs.startsWith('\uFEFF'),
      theirs.includes('\r\n'),
      theirs.includes('\n'),
    ]);
    expect(ours.slice(0, 40).replace(/\r?\n.*/s, '')).toBe(theirs.slice(0, 40).replace(/\r?\n.*/s, ''));
  });

  it('lists the same zip entries in the same order, with its own names', () => {
    const rename = (layout: PacLayout) =>
      layoutEntries(layout).map((e) => [
        e.name.replace(layout.control, 'CONTROL').replace(layout.resx, 'RESX'),
        e.compression,
      ]);
    expect(rename(PAC_FIXTURE)).toEqual(rename(REAL));
    expect(layoutText(PAC_FIXTURE, 'solution.xml')).not.toContain('CodeInterpreter');
  });
});

describe('LeadLink’s zip against the real pac-built zip', () => {
  describePacComparison(REAL);
});
