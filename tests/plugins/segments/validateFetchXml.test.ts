import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertValidAgainstXsd,
  assertValidFetchXml,
  fetchXsdPath,
  findRepoRoot,
  schemaPath,
  validateFetchXml,
  validateXmlAgainstXsd,
  SchemaFileNotFoundError,
  XmlSchemaValidationError,
} from '../../../plugins/segments';

describe('fetchXsdPath', () => {
  it('finds Fetch.xsd in ../shared from the repository root', () => {
    const root = findRepoRoot(__dirname);
    expect((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name).toBe('leadlink');
    expect(fetchXsdPath()).toBe(join(root, '..', 'shared', 'reference', 'schemas', '9.0.0.2090-libxml2', 'Fetch.xsd'));
    expect(existsSync(fetchXsdPath())).toBe(true);
  });

  it('fails with a message that says where it looked and what to do', () => {
    const missingRoot = join(__dirname, 'no-such-root');
    expect(() => fetchXsdPath(missingRoot)).toThrow(SchemaFileNotFoundError);
    expect(() => fetchXsdPath(missingRoot)).toThrow(
      `XML schema not found: ${join(missingRoot, '..', 'shared', 'reference', 'schemas', '9.0.0.2090-libxml2', 'Fetch.xsd')}. ` +
        "LeadLink validates XML against Microsoft's schemas",
    );
  });

  it('fails clearly when there is no LeadLink package above the start folder', () => {
    expect(() => findRepoRoot('/')).toThrow(
      "XML schema not found: (the repository root above /). No package.json named 'leadlink' above /",
    );
  });
});

describe('validateFetchXml', () => {
  const valid =
    '<fetch version="1.0" mapping="logical" distinct="true"><entity name="contact"><attribute name="contactid"/>' +
    '<filter type="and"><condition attribute="statecode" operator="eq" value="0"/></filter></entity></fetch>';

  it('accepts valid FetchXML', async () => {
    await expect(validateFetchXml(valid)).resolves.toEqual({ valid: true, errors: [] });
    await expect(assertValidFetchXml(valid)).resolves.toBeUndefined();
  });

  it.each([
    ['an operator FetchXML does not have', valid.replace('operator="eq"', 'operator="equals"'), /operator.*equals/],
    ['a filter type other than and/or', valid.replace('type="and"', 'type="xor"'), /type.*xor/],
    ['a condition outside a filter', valid.replace('<filter type="and">', '').replace('</filter>', ''), /condition/],
    ['XML that is not well formed', valid.replace('</entity>', ''), /./],
  ])('rejects %s, saying why', async (_what, xml, reason) => {
    const result = await validateFetchXml(xml);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(reason);
    await expect(assertValidFetchXml(xml)).rejects.toThrow(XmlSchemaValidationError);
    await expect(assertValidFetchXml(xml)).rejects.toThrow(/^The XML is not valid against Fetch\.xsd:\n- /);
  });
});

describe('validateXmlAgainstXsd (generic)', () => {
  // CustomizationsSolution.xsd includes four other schemas, which must be loaded alongside.
  const xsd = schemaPath('CustomizationsSolution.xsd');
  const sample = readFileSync(
    join(
      findRepoRoot(),
      '..',
      'shared',
      'reference',
      'solution-examples',
      'powerapps-samples-codeinterpreter-pcf-solution',
      'customizations.xml',
    ),
    'utf8',
  );

  it('validates a real customizations.xml against a schema with includes', async () => {
    await expect(validateXmlAgainstXsd(sample, xsd)).resolves.toEqual({ valid: true, errors: [] });
  });

  it('rejects an element the schema does not allow', async () => {
    const broken = sample.replace('<Roles />', '<Roles /><NotAnElement />');
    await expect(assertValidAgainstXsd(broken, xsd)).rejects.toThrow(/CustomizationsSolution\.xsd:\n- .*NotAnElement/);
  });
});
