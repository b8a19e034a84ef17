/**
 * `pack` with Microsoft's schema download as Microsoft publishes it (the verbatim folder, passed unchanged): the
 * schemas load once fixed in memory, both zips are valid against them, the XSD check reports what it exists to catch,
 * and the step StateCode/StatusCode that the 9.0 schema predates are all it has to be spared.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { runPack } from '../../../bin/commands/pack';
import { assertValidAgainstXsd, schemaPath, validateXmlAgainstXsd } from '../../../plugins/segments';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { buildSolution, packSolution, unzipFiles, validateSolution } from '../../../solution/pack';
import { customizationsSchemaProblems } from '../../../solution/pack/validate/validateAgainstSchemas';
import { parseXml } from '../../../solution/xml/parseXml';
import { renderXml } from '../../../solution/xml/renderXml';
import { builtControlCopy } from '../../solution/helpers/builtControl';
import { packInputs } from '../../solution/helpers/packInputs';
import { referencePath, schemasDir } from '../support/referenceDir';

let controlDir: string;
let out: string;
beforeAll(() => {
  controlDir = builtControlCopy();
  out = mkdtempSync(join(tmpdir(), 'leadlink-pack-schemas-'));
});
afterAll(() => {
  rmSync(controlDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

it('Microsoft’s folder as published does not load in libxml2 without the fixes', async () => {
  const read = (name: string) => ({ fileName: name, contents: readFileSync(join(schemasDir(), name), 'utf8') });
  await expect(
    validateXML({
      xml: [{ fileName: 'd.xml', contents: '<fetch />' }],
      schema: [read('CustomizationsSolution.xsd')],
      preload: [
        'isv.config.xsd',
        'SiteMapType.xsd',
        'FormXml.xsd',
        'Fetch.xsd',
        'RibbonCore.xsd',
        'RibbonTypes.xsd',
        'RibbonWSS.xsd',
      ].map(read),
    }),
  ).rejects.toThrow();
});

it('leadlink pack --schemas validates against Microsoft’s XSDs and says so', async () => {
  const lines: string[] = [];
  expect(await runPack(['--managed', '--out', out, '--schemas', schemasDir()], (t) => lines.push(t))).toBe(0);
  expect(lines[2]).toBe(`Checked with LeadLink's structural checks and Microsoft's XSDs in ${schemasDir()}.`);
});

it.each([false, true])('the zip (managed: %s) is valid against Microsoft’s XSDs', async (managed) => {
  const packed = await packSolution(packInputs(controlDir, { managed }), { schemasDir: schemasDir() });
  const files = await unzipFiles(packed.zip);
  const customizations = parseXml((files.get('customizations.xml') as Buffer).toString('utf8'), 'customizations.xml');
  expect(await customizationsSchemaProblems(customizations, schemasDir())).toEqual([]);
});

describe('with the XSDs', () => {
  let good: ReadonlyMap<string, Buffer>;
  beforeAll(() => {
    good = buildSolution(packInputs(controlDir)).files;
  });
  const withCustomizations = (change: (t: string) => string) => {
    const files = new Map(good);
    files.set('customizations.xml', Buffer.from(change((good.get('customizations.xml') as Buffer).toString('utf8'))));
    return validateSolution(files, LEADLINK_CUSTOMIZATIONS, { schemasDir: schemasDir() });
  };

  it('reports an element the schema does not know, and a FetchXML operator that does not exist, by line', async () => {
    const unknown = await withCustomizations((t) =>
      t
        .replace('<IsDuplicateCheckSupported>', '<IsDuplicateCheck>')
        .replace('</IsDuplicateCheckSupported>', '</IsDuplicateCheck>'),
    );
    expect(unknown.some((p) => /^customizations\.xml: line \d+: .*IsDuplicateCheck/.test(p))).toBe(true);
    const operator = await withCustomizations((t) => t.replace('operator="null"', 'operator="is-null"'));
    expect(operator.some((p) => /^customizations\.xml: line \d+: .*is-null/.test(p))).toBe(true);
  });

  it('needs to be spared exactly the step StateCode and StatusCode, which the 9.0 schema predates', async () => {
    const customizations = parseXml((good.get('customizations.xml') as Buffer).toString('utf8'), 'customizations.xml');
    const result = await validateXmlAgainstXsd(
      renderXml(customizations),
      schemaPath('CustomizationsSolution.xsd', schemasDir()),
    );
    expect(result.valid).toBe(false);
    expect(result.errors.every((e) => /'StateCode'|'StatusCode'/.test(e))).toBe(true);
    expect(await customizationsSchemaProblems(customizations, schemasDir())).toEqual([]);
  });
});

describe('validateXmlAgainstXsd with a schema that includes others', () => {
  const xsd = () => schemaPath('CustomizationsSolution.xsd', schemasDir());
  const sample = () =>
    readFileSync(
      referencePath('solution-examples', 'powerapps-samples-codeinterpreter-pcf-solution', 'customizations.xml'),
      'utf8',
    );

  it('validates a real customizations.xml', async () => {
    await expect(validateXmlAgainstXsd(sample(), xsd())).resolves.toEqual({ valid: true, errors: [] });
  });

  it('rejects an element the schema does not allow', async () => {
    const broken = sample().replace('<Roles />', '<Roles /><NotAnElement />');
    await expect(assertValidAgainstXsd(broken, xsd())).rejects.toThrow(
      /CustomizationsSolution\.xsd:\n- .*NotAnElement/,
    );
  });
});
