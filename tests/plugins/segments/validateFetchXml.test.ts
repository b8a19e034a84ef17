import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { readFileSync } from 'node:fs';
import {
  assertValidAgainstXsd,
  assertValidFetchXml,
  fetchXsdPath,
  findRepoRoot,
  fixSchemaForLibxml2,
  schemaPath,
  schemasDirOrDefault,
  validateDocumentsAgainstXsd,
  validateFetchXml,
  validateXmlAgainstXsd,
  SchemaFileNotFoundError,
  SCHEMAS_DIR_VARIABLE,
  XmlSchemaValidationError,
} from '../../../plugins/segments';

/** LeadLink's own schema written the .NET way (tests/fixtures/schemas/dotnet-style/Orders.xsd says how). */
const DOTNET_STYLE = join(__dirname, '../../fixtures/schemas/dotnet-style');

describe('the schemas folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'leadlink-schemas-'));
    mkdirSync(join(dir, 'Schemas', '9.0.0.2090'), { recursive: true });
    writeFileSync(
      join(dir, 'Schemas', '9.0.0.2090', 'Fetch.xsd'),
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" />',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('comes from the option, else from LEADLINK_SCHEMAS_DIR, else there is none', () => {
    expect(SCHEMAS_DIR_VARIABLE).toBe('LEADLINK_SCHEMAS_DIR');
    expect(schemasDirOrDefault('/given', { LEADLINK_SCHEMAS_DIR: '/env' })).toBe('/given');
    expect(schemasDirOrDefault(undefined, { LEADLINK_SCHEMAS_DIR: '/env' })).toBe('/env');
    expect(schemasDirOrDefault(undefined, { LEADLINK_SCHEMAS_DIR: '  ' })).toBeUndefined();
    expect(schemasDirOrDefault(undefined, {})).toBeUndefined();
  });

  it('finds a schema whatever the case of its name', () => {
    const folder = join(dir, 'Schemas', '9.0.0.2090');
    expect(fetchXsdPath(folder)).toBe(join(folder, 'Fetch.xsd'));
    expect(schemaPath('fetch.xsd', folder)).toBe(join(folder, 'Fetch.xsd'));
  });

  it('says what to pass when the folder is not the one holding the XSDs', () => {
    expect(() => fetchXsdPath(dir)).toThrow(SchemaFileNotFoundError);
    expect(() => fetchXsdPath(join(dir, 'Schemas'))).toThrow(
      `XML schema not found: ${join(dir, 'Schemas', 'Fetch.xsd')}. Pass the folder that holds Microsoft's XSD files ` +
        `(Schemas/9.0.0.2090 in Microsoft's Schemas.zip), unchanged. Its subfolder ${join(dir, 'Schemas', '9.0.0.2090')} has it.`,
    );
    expect(() => fetchXsdPath(join(dir, 'missing'))).toThrow(
      `XML schema not found: ${join(dir, 'missing')}. There is no such folder.`,
    );
  });

  it('finds the repository root from anywhere inside it, and says so when there is none', () => {
    const root = findRepoRoot(__dirname);
    expect((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name).toBe('leadlink');
    expect(() => findRepoRoot('/')).toThrow("No package.json named 'leadlink' above /.");
  });
});

describe('schemas written for .NET', () => {
  const xsd = join(DOTNET_STYLE, 'Orders.xsd');
  const order = (version: string, code: string, link: string) =>
    `<order><version>${version}</version><code>${code}</code><link>${link}</link>` +
    '<control name="panel"><parameters><Width>3</Width><Height>2</Height></parameters></control></order>';

  it('do not load in libxml2 as they are', async () => {
    const raw = (name: string) => ({ fileName: name, contents: readFileSync(join(DOTNET_STYLE, name), 'utf8') });
    await expect(
      validateXML({
        xml: [{ fileName: 'o.xml', contents: order('1.0', 'ab_c', '/x') }],
        schema: [raw('Orders.xsd')],
        preload: [{ ...raw('FormXml.xsd'), fileName: 'formxml.xsd' }],
      }),
    ).rejects.toThrow(/not a valid regular expression/);
  });

  it('load once fixed in memory, and then validate as their authors meant', async () => {
    await expect(validateXmlAgainstXsd(order('1.0.0.0', 'ab_c', '$resource:x'), xsd)).resolves.toEqual({
      valid: true,
      errors: [],
    });
    const [anchored, lookahead, link] = await validateDocumentsAgainstXsd(
      [order('1.0.0.0.0', 'ab_c', '/x'), order('1.0', 'xy_c', '/x'), order('1.0', 'ab_c', 'x')],
      xsd,
    );
    expect(anchored?.errors.join('\n')).toMatch(/Element 'version'.*1\.0\.0\.0\.0/);
    // The lookahead cannot be kept: the fixed pattern accepts a little more than .NET's did.
    expect(lookahead).toEqual({ valid: true, errors: [] });
    expect(link?.errors.join('\n')).toMatch(/Element 'link'/);
    await expect(assertValidAgainstXsd(order('1', 'ab_c', '/x'), xsd)).rejects.toThrow(
      /^The XML is not valid against Orders\.xsd:\n- .*version/,
    );
  });

  it('are fixed by these exact changes, and a fixed or standard schema is left as it is', () => {
    const pattern = (value: string) => `<xs:pattern value="${value}" />`;
    expect(fixSchemaForLibxml2('A.xsd', pattern('^(100|[0-9]{1,2})%$'))).toBe(pattern('(100|[0-9]{1,2})%'));
    expect(fixSchemaForLibxml2('A.xsd', pattern('(?![cC][rR][mM]_)([A-Za-z0-9])+'))).toBe(pattern('([A-Za-z0-9])+'));
    expect(fixSchemaForLibxml2('A.xsd', pattern('(\\$webresource:|/)(.)+'))).toBe(pattern('($webresource:|/)(.)+'));
    expect(fixSchemaForLibxml2('A.xsd', pattern('\\{?[a-f0-9]{8}\\}?'))).toBe(pattern('\\{?[a-f0-9]{8}\\}?'));
    expect(fixSchemaForLibxml2('A.xsd', '\uFEFF<xs:schema />')).toBe('<xs:schema />');
    const form = readFileSync(join(DOTNET_STYLE, 'FormXml.xsd'), 'utf8');
    const fixed = fixSchemaForLibxml2('FormXml.xsd', form);
    expect(fixed).toContain(
      '<xs:element name="parameters" minOccurs="0" maxOccurs="1"><xs:complexType><xs:sequence><xs:any processContents="skip"',
    );
    expect(fixed).not.toContain('name="Height"');
    expect(fixSchemaForLibxml2('FormXml.xsd', fixed)).toBe(fixed);
    expect(fixSchemaForLibxml2('Other.xsd', form)).toBe(form);
  });
});

describe('validateFetchXml', () => {
  const valid =
    '<fetch version="1.0" mapping="logical" distinct="true"><entity name="contact"><attribute name="contactid"/>' +
    '<filter type="and"><condition attribute="statecode" operator="eq" value="0"/></filter></entity></fetch>';
  const noSchemas = { schemasDir: '' };

  it("accepts valid FetchXML by LeadLink's FetchXML rules, without Microsoft's schemas", async () => {
    await expect(validateFetchXml(valid, noSchemas)).resolves.toEqual({ valid: true, errors: [] });
    await expect(assertValidFetchXml(valid, noSchemas)).resolves.toBeUndefined();
  });

  it.each([
    [
      'an operator FetchXML does not have',
      valid.replace('operator="eq"', 'operator="equals"'),
      /operator="equals" must be a FetchXML condition operator/,
    ],
    [
      'a filter type other than and/or',
      valid.replace('type="and"', 'type="xor"'),
      /type="xor" must be one of 'and', 'or'/,
    ],
    [
      'a condition outside a filter',
      valid.replace('<filter type="and">', '').replace('</filter>', ''),
      /<condition> is not allowed here/,
    ],
    [
      'an attribute without its name',
      valid.replace('<attribute name="contactid"/>', '<attribute/>'),
      /attribute name is missing/,
    ],
    ['XML that is not well formed', valid.replace('</entity>', ''), /^FetchXML is not well-formed XML/],
  ])('rejects %s, saying why', async (_what, xml, reason) => {
    const result = await validateFetchXml(xml, noSchemas);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(reason);
    await expect(assertValidFetchXml(xml, noSchemas)).rejects.toThrow(XmlSchemaValidationError);
    await expect(assertValidFetchXml(xml, noSchemas)).rejects.toThrow(
      /^The XML is not valid against LeadLink's FetchXML rules:\n- /,
    );
  });

  it('validates against the schemas folder too when one is given, and says plainly when it has no Fetch.xsd', async () => {
    await expect(validateFetchXml(valid, { schemasDir: DOTNET_STYLE })).rejects.toThrow(SchemaFileNotFoundError);
  });
});
