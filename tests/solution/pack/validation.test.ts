/**
 * The validation `pack` runs without Microsoft's XSDs fails for the faults it exists to catch: each mutation of a good
 * solution below is reported, by name. The good solution itself has no problems (packSolution.test.ts); the reference
 * suite runs the same validation with the XSDs.
 */
import { rmSync } from 'node:fs';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { DEFAULT_MODEL_WEB_RESOURCE } from '../../../schema/webResources';
import { buildSolution, validateSolution } from '../../../solution/pack';
import { countNewerElements, NEWER_THAN_SCHEMA, schemaView } from '../../../solution/pack/validate/schemaView';
import { parseXml } from '../../../solution/xml/parseXml';
import { renderXml } from '../../../solution/xml/renderXml';
import { builtControlCopy } from '../helpers/builtControl';
import { packInputs } from '../helpers/packInputs';

let controlDir: string;
let good: ReadonlyMap<string, Buffer>;
beforeAll(() => {
  controlDir = builtControlCopy();
  good = buildSolution(packInputs(controlDir)).files;
});
afterAll(() => rmSync(controlDir, { recursive: true, force: true }));

/** The good files with one file's text changed. */
function mutated(path: string, change: (text: string) => string): Map<string, Buffer> {
  const files = new Map(good);
  const before = (files.get(path) as Buffer).toString('utf8');
  const after = change(before);
  if (after === before) throw new Error(`the mutation of ${path} changed nothing`);
  files.set(path, Buffer.from(after, 'utf8'));
  return files;
}

const problems = (files: ReadonlyMap<string, Buffer>) => validateSolution(files, LEADLINK_CUSTOMIZATIONS);
const CUSTOMIZATIONS = 'customizations.xml';

it.each<[string, string, (text: string) => string, RegExp]>([
  [
    'an element the schema does not know',
    CUSTOMIZATIONS,
    (t) =>
      t
        .replace('<IsDuplicateCheckSupported>', '<IsDuplicateCheck>')
        .replace('</IsDuplicateCheckSupported>', '</IsDuplicateCheck>'),
    /customizations\.xml: .*<entity Name="leadlink_Interaction">: <IsDuplicateCheck> is not allowed here/,
  ],
  [
    'a step setting out of order',
    CUSTOMIZATIONS,
    (t) => t.replace(/(<Mode>\d<\/Mode>)(\s*)(<Rank>\d<\/Rank>)/, '$3$2$1'),
    /<SdkMessageProcessingStep Name="LeadLink: .*">: <Mode> must come before <Rank>/,
  ],
  [
    'a column without its required PhysicalName',
    CUSTOMIZATIONS,
    (t) => t.replace('<attribute PhysicalName="leadlink_Campaign">', '<attribute>'),
    /<attribute> \(Name leadlink_campaign\): attribute PhysicalName is missing/,
  ],
  [
    'a FetchXML operator that does not exist',
    CUSTOMIZATIONS,
    (t) => t.replace('operator="null"', 'operator="is-null"'),
    /customizations\.xml: .*<savedquery> \(savedqueryid .*<condition attribute="(marketingonly|parentcontactid)">: attribute operator="is-null" must be a FetchXML condition operator/,
  ],
  [
    'a view naming a column that does not exist',
    CUSTOMIZATIONS,
    (t) =>
      t.replace(
        '<attribute name="companyname" />',
        '<attribute name="companyname" /><attribute name="company_name" />',
      ),
    /view 'Orphan leads' of lead: column 'company_name' does not exist on lead/,
  ],
  [
    'a grid column the query does not fetch',
    CUSTOMIZATIONS,
    (t) =>
      t.replace(
        '<cell name="companyname" width="150" />',
        '<cell name="companyname" width="150" /><cell name="jobtitle" width="100" />',
      ),
    /view 'Orphan leads' of lead: the grid shows 'jobtitle', which the query does not fetch/,
  ],
  [
    'a step that would ship enabled',
    CUSTOMIZATIONS,
    (t) => t.replace('<StateCode>1</StateCode>', '<StateCode>0</StateCode>'),
    /step 'LeadLink: .*' must ship disabled/,
  ],
  [
    'a key in the endpoint',
    CUSTOMIZATIONS,
    (t) => t.replace('<Url>', '<AuthValue>secret-key-value</AuthValue><Url>'),
    /carries AuthValue: no secret may ship/,
  ],
  [
    'a custom relationship without the prefix',
    CUSTOMIZATIONS,
    (t) => t.replace('Name="leadlink_contact_interaction"', 'Name="contact_interaction"'),
    /relationship 'contact_interaction' does not start with 'leadlink_'/,
  ],
  [
    'a choice value without the option value prefix',
    CUSTOMIZATIONS,
    (t) => t.replace('value="742100000"', 'value="100000000"'),
    /option value 100000000 does not use the prefix 74210/,
  ],
  [
    'a root component without its component',
    'solution.xml',
    (t) =>
      t.replace(
        '<RootComponent type="1" schemaName="lead" behavior="2" />',
        '<RootComponent type="1" schemaName="lead" behavior="2" /><RootComponent type="1" schemaName="account" behavior="2" />',
      ),
    /solution\.xml names table 'account' as a root component, but the zip does not have it/,
  ],
  [
    'a component without its root component',
    'solution.xml',
    (t) => t.replace(/<RootComponent type="95"[^>]*\/>/, ''),
    /the zip has service endpoint '.*', but solution\.xml has no root component for it/,
  ],
  [
    'a version that is not a.b.c.d',
    'solution.xml',
    (t) => t.replace('<Version>1.2.3.4</Version>', '<Version>1.2.3</Version>'),
    /<Version> '1\.2\.3' is not four whole numbers/,
  ],
  [
    'another publisher prefix',
    'solution.xml',
    (t) =>
      t.replace(
        '<CustomizationPrefix>leadlink</CustomizationPrefix>',
        '<CustomizationPrefix>new</CustomizationPrefix>',
      ),
    /CustomizationPrefix must be 'leadlink'/,
  ],
  [
    'a JSON default that does not parse',
    'environmentvariabledefinitions/leadlink_ScoringModel/environmentvariabledefinition.xml',
    (t) => t.replace('<description', '<defaultvalue>{"rules":</defaultvalue><description'),
    /leadlink_ScoringModel.*a JSON default must parse/,
  ],
  [
    'a shipped scoring model LeadLink would refuse',
    `WebResources/leadlink_scoringdefault-modeljson${DEFAULT_MODEL_WEB_RESOURCE.id.toUpperCase()}`,
    (t) => t.replace('"salesReadyScore": 60', '"salesReadyScore": -60'),
    /web resource 'leadlink_\/scoring\/default-model\.json': The scoring model is not valid:\n- salesReadyScore: must be greater than 0/,
  ],
  [
    'a web resource whose file is missing',
    CUSTOMIZATIONS,
    (t) => t.replace('<FileName>/WebResources/leadlink_scoring', '<FileName>/WebResources/leadlink_other'),
    /web resource 'leadlink_\/scoring\/default-model\.json': its FileName WebResources\/leadlink_other.* is not in the zip/,
  ],
  [
    'a web resource file without its content type',
    '[Content_Types].xml',
    (t) => t.replace(/<Override PartName="\/WebResources\/[^"]*" ContentType="application\/octet-stream" \/>/, ''),
    /has no Override for \/WebResources\/leadlink_scoring/,
  ],
  [
    'a web resource without its root component',
    'solution.xml',
    (t) => t.replace(/<RootComponent type="61"[^>]*\/>/, ''),
    /the zip has web resource 'leadlink_\/scoring\/default-model\.json', but solution.xml has no root component for it/,
  ],
  [
    'a Boolean default other than yes/no',
    'environmentvariabledefinitions/leadlink_OrphanLeadContactCreation/environmentvariabledefinition.xml',
    (t) => t.replace('<defaultvalue>no</defaultvalue>', '<defaultvalue>off</defaultvalue>'),
    /a Boolean default must be 'yes' or 'no', got 'off'/,
  ],
  [
    'a content type missing',
    '[Content_Types].xml',
    (t) => t.replace('<Default Extension="resx" ContentType="application/octet-stream" />', ''),
    /has no Default for \.resx/,
  ],
])('reports %s', async (_what, path, change, expected) => {
  const found = await problems(mutated(path, change));
  expect(found.some((p) => expected.test(p))).toBe(true);
});

it('reports a file that belongs to no component', async () => {
  const files = new Map(good);
  files.set('Controls/other_Control/bundle.js', Buffer.from(''));
  expect(await problems(files)).toContain('Controls/other_Control/bundle.js belongs to no root component');
});

describe('schema view', () => {
  it('leaves out exactly the step StateCode and StatusCode the 9.0 schema predates, and nothing else', () => {
    const customizations = parseXml((good.get(CUSTOMIZATIONS) as Buffer).toString('utf8'), CUSTOMIZATIONS);
    const steps = (renderXml(customizations).match(/<SdkMessageProcessingStep /g) ?? []).length;
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(countNewerElements(customizations)).toBe(2 * steps);
    const full = renderXml(customizations).split('\n');
    const view = renderXml(schemaView(customizations)).split('\n');
    const removed = full.filter((line) => !view.includes(line));
    expect(new Set(removed.map((l) => l.trim().replace(/\d+/, 'n')))).toEqual(
      new Set(['<StateCode>n</StateCode>', '<StatusCode>n</StatusCode>']),
    );
    expect(full.length - view.length).toBe(2 * steps);
    expect(NEWER_THAN_SCHEMA).toEqual({ SdkMessageProcessingStep: ['StateCode', 'StatusCode'] });
  });
});
