import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ControlNotBuiltError } from '../../../solution/pack';
import { pcfControl } from '../../../solution/pack/components/pcfControl';
import { renderXml } from '../../../solution/xml/renderXml';

const BUILT_MANIFEST = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<manifest>
  <control namespace="Acme" constructor="Panel" version="1.0.0" display-name-key="D" description-key="D" control-type="virtual" api-version="1.3.18">
    <property name="bound" display-name-key="B" description-key="B" of-type="SingleLine.Text" usage="bound" required="true"/>
    <resources>
      <code path="bundle.js" order="1"/>
      <resx path="strings/Panel.1033.resx" version="1.0.0"/>
    </resources>
    <built-by name="pac" version="1.51.1"/>
  </control>
</manifest>`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadlink-pcf-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

it('puts every built file under Controls/<prefix>_<namespace>.<constructor>/ and names it in a CustomControl', () => {
  write({ 'ControlManifest.xml': BUILT_MANIFEST, 'bundle.js': 'x', 'strings/Panel.1033.resx': '<root/>' });
  const control = pcfControl(dir);
  expect(control.name).toBe('leadlink_Acme.Panel');
  expect([...control.files.keys()]).toEqual([
    'Controls/leadlink_Acme.Panel/ControlManifest.xml',
    'Controls/leadlink_Acme.Panel/bundle.js',
    'Controls/leadlink_Acme.Panel/strings/Panel.1033.resx',
  ]);
  expect(renderXml(control.customControl)).toBe(
    '<CustomControl>\n  <Name>leadlink_Acme.Panel</Name>\n  <FileName>/Controls/leadlink_Acme.Panel/ControlManifest.xml</FileName>\n</CustomControl>',
  );
  expect(control.rootComponent).toEqual({ type: 66, schemaName: 'leadlink_Acme.Panel', behavior: 0 });
});

it('fails with a clear message when the control is not built', () => {
  expect(() => pcfControl(join(dir, 'missing'))).toThrow(ControlNotBuiltError);
  expect(() => pcfControl(join(dir, 'missing'))).toThrow(
    /The PCF control is not built \(.*missing has no ControlManifest\.xml\)\. Build it first: node pcf-controls\/build\.js/,
  );
});

it('refuses the source manifest and a build that lacks a file its manifest names', () => {
  write({
    'ControlManifest.xml': BUILT_MANIFEST.replace('<built-by name="pac" version="1.51.1"/>', ''),
    'bundle.js': 'x',
    'strings/Panel.1033.resx': '',
  });
  expect(() => pcfControl(dir)).toThrow('is the source manifest, not the one the build writes');
  write({ 'ControlManifest.xml': BUILT_MANIFEST });
  rmSync(join(dir, 'bundle.js'));
  expect(() => pcfControl(dir)).toThrow(
    '(the manifest names bundle.js, which the build output does not have). Build it first',
  );
});
