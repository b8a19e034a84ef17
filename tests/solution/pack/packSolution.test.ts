/**
 * `pack` on the repository's real inputs: both zips pass LeadLink's checks (the reference suite adds Microsoft's
 * XSDs), hold every root component and what the issue lists, and the same input gives the same bytes.
 */
import { rmSync } from 'node:fs';
import { DEFAULT_SCORING_MODEL, parseScoringModel } from '../../../plugins/scoring';
import { ENV_VARS } from '../../../schema/environmentVariables';
import { INTERACTION, LEAD_CUSTOM_COLUMNS, OPTION_VALUE_PREFIX } from '../../../schema/leadlink';
import { packSolution, unzipFiles, validateSolution, type PackedSolution } from '../../../solution/pack';
import { PLACEHOLDER_URL } from '../../../solution/pack/components/webhookComponents';
import { readRootComponents } from '../../../solution/pack/solutionManifest';
import { customizationsStructureProblems } from '../../../solution/pack/validate/structure';
import { ENDPOINT_ID, imageId } from '../../../solution/webhook/webhookIdentity';
import { parseXml } from '../../../solution/xml/parseXml';
import { attributeOf, descendants, firstChild, textOf, type XmlElement } from '../../../solution/xml/XmlNode';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { DEFAULT_MODEL_WEB_RESOURCE } from '../../../schema/webResources';
import { builtControlCopy } from '../helpers/builtControl';
import { FIXTURE_STEP_IDS } from '../helpers/fixturePlugins';
import { packInputs } from '../helpers/packInputs';

let controlDir: string;
let unmanaged: PackedSolution;
let managed: PackedSolution;

beforeAll(async () => {
  controlDir = builtControlCopy();
  unmanaged = await packSolution(packInputs(controlDir));
  managed = await packSolution(packInputs(controlDir, { managed: true }));
});
afterAll(() => rmSync(controlDir, { recursive: true, force: true }));

const xml = (files: ReadonlyMap<string, Buffer>, name: string): XmlElement =>
  parseXml((files.get(name) as Buffer).toString('utf8'), name);

describe.each([
  ['unmanaged', () => unmanaged, 'LeadLink_1_2_3_4.zip', '0'],
  ['managed', () => managed, 'LeadLink_1_2_3_4_managed.zip', '1'],
])('pack (%s)', (_kind, packed, fileName, managedFlag) => {
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    files = await unzipFiles(packed().zip);
  });

  it('is named like a Dataverse export and says whether it is managed', () => {
    expect(packed().fileName).toBe(fileName);
    const manifest = firstChild(xml(files, 'solution.xml'), 'SolutionManifest');
    expect([textOf(manifest, 'UniqueName'), textOf(manifest, 'Version'), textOf(manifest, 'Managed')]).toEqual([
      'LeadLink',
      '1.2.3.4',
      managedFlag,
    ]);
  });

  it("passes LeadLink's checks: customizations.xml and every view's FetchXML by the structure rules, and every own check", async () => {
    const customizations = xml(files, 'customizations.xml');
    expect(customizationsStructureProblems(customizations)).toEqual([]);
    expect(descendants(customizations, 'fetch').length).toBeGreaterThanOrEqual(10);
    expect(await validateSolution(files, LEADLINK_CUSTOMIZATIONS)).toEqual([]);
  });

  it('has every root component, each with its component in the zip', () => {
    const roots = readRootComponents(xml(files, 'solution.xml'));
    const of = (type: number) => roots.filter((r) => r.type === type).map((r) => r.schemaName ?? r.id);
    expect(of(1)).toEqual(['contact', 'lead', 'leadlink_interaction']);
    expect(roots.filter((r) => r.type === 1).map((r) => r.behavior)).toEqual([2, 2, 0]);
    // LeadLink Segment Author, LeadLink Integration
    expect(of(20)).toEqual(['{19f60dc3-3bf0-4072-b708-1a017a0a4ee7}', '{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}']);
    expect(of(66)).toEqual(['leadlink_LeadLink.MarketingInsightsPanel']);
    expect(of(92)).toEqual(expect.arrayContaining(Object.values(FIXTURE_STEP_IDS).map((id) => `{${id}}`)));
    expect(of(95)).toEqual([`{${ENDPOINT_ID}}`]);
    expect(of(61)).toEqual([DEFAULT_MODEL_WEB_RESOURCE.name]);
    expect(of(380)).toEqual([
      ENV_VARS.leadMatchingStrategy,
      ENV_VARS.orphanLeadContactCreation,
      ENV_VARS.scoringModel,
      ENV_VARS.scoringModelWebResource,
    ]);
    expect(files.has('Controls/leadlink_LeadLink.MarketingInsightsPanel/ControlManifest.xml')).toBe(true);
    expect(files.has('Controls/leadlink_LeadLink.MarketingInsightsPanel/bundle.js')).toBe(true);
  });
});

describe('what the solution holds', () => {
  let files: Map<string, Buffer>;
  let customizations: XmlElement;
  beforeAll(async () => {
    files = await unzipFiles(unmanaged.zip);
    customizations = xml(files, 'customizations.xml');
  });
  const entity = (name: string) =>
    descendants(customizations, 'entity').find((e) => attributeOf(e, 'Name') === name) as XmlElement;
  const logicalNames = (e: XmlElement) => descendants(e, 'attribute').map((a) => textOf(a, 'LogicalName'));

  it("adds LeadLink's lead columns to lead without touching lead's own settings", () => {
    const lead = entity('Lead');
    expect(attributeOf(lead, 'unmodified')).toBe('1');
    expect(logicalNames(lead).sort()).toEqual(LEAD_CUSTOM_COLUMNS.map((c) => c.name).sort());
    expect(firstChild(lead, 'OwnershipTypeMask')).toBeUndefined();
  });

  it('ships the interaction table with its relationships to contact and lead and the alternate key on the source id', () => {
    const interaction = entity('leadlink_Interaction');
    expect(logicalNames(interaction)).toEqual(expect.arrayContaining(INTERACTION_TABLE_COLUMNS));
    expect(descendants(interaction, 'AttributeName').map((a) => textOf(a))).toEqual([INTERACTION.sourceId]);
    const relationships = descendants(customizations, 'EntityRelationship');
    const custom = relationships.filter((r) => firstChild(r, 'EntityRelationshipRoles'));
    expect(
      custom.map((r) => [attributeOf(r, 'Name'), textOf(r, 'ReferencedEntityName'), textOf(r, 'CascadeDelete')]),
    ).toEqual([
      [INTERACTION.contactRelationship, 'Contact', 'Cascade'],
      [INTERACTION.leadRelationship, 'Lead', 'RemoveLink'],
    ]);
    const type = descendants(interaction, 'optionset').find(
      (o) => attributeOf(o, 'Name') === 'leadlink_interaction_leadlink_type',
    ) as XmlElement;
    expect(
      descendants(type, 'option').every((o) => (attributeOf(o, 'value') ?? '').startsWith(String(OPTION_VALUE_PREFIX))),
    ).toBe(true);
  });

  it('has the marketing and sales contact views and the sales-ready and orphan lead views', () => {
    const viewName = (v: XmlElement) => attributeOf(descendants(v, 'LocalizedName')[0] as XmlElement, 'description');
    const viewsOf = (schemaName: string) => {
      const table = descendants(customizations, 'Entity').find((e) => textOf(e, 'Name') === schemaName) as XmlElement;
      return descendants(table, 'savedquery');
    };
    expect(viewsOf('Contact').map(viewName).sort()).toEqual(['Marketing contacts', 'Sales contacts']);
    expect(viewsOf('Lead').map(viewName).sort()).toEqual(['Orphan leads', 'Sales-ready leads']);
    const conditions = (name: string) =>
      descendants(
        viewsOf(name === 'Orphan leads' ? 'Lead' : 'Contact').find((v) => viewName(v) === name) as XmlElement,
        'condition',
      ).map((c) => [attributeOf(c, 'attribute'), attributeOf(c, 'operator')]);
    expect(conditions('Marketing contacts')).toEqual([['statecode', 'eq']]);
    expect(conditions('Sales contacts')).toEqual([
      ['statecode', 'eq'],
      ['marketingonly', 'ne'],
      ['marketingonly', 'null'],
    ]);
    expect(conditions('Orphan leads')).toEqual([
      ['statecode', 'eq'],
      ['parentcontactid', 'null'],
    ]);
  });

  it('ships the environment variables with their defaults: contact creation off', () => {
    const def = (name: string) =>
      xml(files, `environmentvariabledefinitions/${name}/environmentvariabledefinition.xml`);
    expect([
      textOf(def(ENV_VARS.orphanLeadContactCreation), 'type'),
      textOf(def(ENV_VARS.orphanLeadContactCreation), 'defaultvalue'),
    ]).toEqual(['100000002', 'no']);
    // The inline model ships empty (a real model does not fit 2,000 characters); the web resource one names the model.
    expect([textOf(def(ENV_VARS.scoringModel), 'type'), textOf(def(ENV_VARS.scoringModel), 'defaultvalue')]).toEqual([
      '100000003',
      undefined,
    ]);
    expect([
      textOf(def(ENV_VARS.scoringModelWebResource), 'type'),
      textOf(def(ENV_VARS.scoringModelWebResource), 'defaultvalue'),
    ]).toEqual(['100000000', DEFAULT_MODEL_WEB_RESOURCE.name]);
    expect(textOf(def(ENV_VARS.leadMatchingStrategy), 'defaultvalue')).toBe('contact-and-topic');
  });

  it('ships the default scoring model as a web resource, its file the model itself', () => {
    const [webResource, ...others] = descendants(customizations, 'WebResource');
    expect(others).toEqual([]);
    const element = webResource as XmlElement;
    expect(element.children.filter((c) => c.kind === 'element').map((c) => (c as XmlElement).name)).toEqual([
      'WebResourceId',
      'Name',
      'DisplayName',
      'Description',
      'WebResourceType',
      'IntroducedVersion',
      'IsEnabledForMobileClient',
      'IsAvailableForMobileOffline',
      'IsCustomizable',
      'CanBeDeleted',
      'IsHidden',
      'FileName',
    ]);
    const fileName = `WebResources/leadlink_scoringdefault-modeljson${DEFAULT_MODEL_WEB_RESOURCE.id.toUpperCase()}`;
    expect([
      textOf(element, 'WebResourceId'),
      textOf(element, 'Name'),
      textOf(element, 'WebResourceType'),
      textOf(element, 'FileName'),
    ]).toEqual([`{${DEFAULT_MODEL_WEB_RESOURCE.id}}`, DEFAULT_MODEL_WEB_RESOURCE.name, '3', `/${fileName}`]);
    const text = (files.get(fileName) as Buffer).toString('utf8');
    expect(text.length).toBeGreaterThan(2000);
    expect(parseScoringModel(text)).toEqual(DEFAULT_SCORING_MODEL);
    expect((files.get('[Content_Types].xml') as Buffer).toString('utf8')).toContain(
      `<Override PartName="/${fileName}" ContentType="application/octet-stream" />`,
    );
  });

  it('ships the webhook inert: steps disabled with the registry ids, the endpoint with a placeholder URL and no key', () => {
    const steps = descendants(customizations, 'SdkMessageProcessingStep');
    const created = steps.find(
      (s) => attributeOf(s, 'SdkMessageProcessingStepId') === `{${FIXTURE_STEP_IDS.leadCreated}}`,
    ) as XmlElement;
    expect([
      textOf(created, 'StateCode'),
      textOf(created, 'StatusCode'),
      textOf(created, 'EventHandler'),
      textOf(created, 'SdkMessageId'),
    ]).toEqual(['1', '2', `{${ENDPOINT_ID}}`, '9ebdbb1b-ea3e-db11-86a7-000a3a5473e8']);
    expect(textOf(descendants(created, 'SdkMessageProcessingStepImage')[0], 'SdkMessageProcessingStepImageId')).toBe(
      `{${imageId(FIXTURE_STEP_IDS.leadCreated, 'PostImage')}}`,
    );
    const updated = steps.find(
      (s) => attributeOf(s, 'SdkMessageProcessingStepId') === `{${FIXTURE_STEP_IDS.leadUpdated}}`,
    ) as XmlElement;
    expect(textOf(updated, 'FilteringAttributes')).toBe('parentcontactid,statecode');
    const [endpoint, ...others] = descendants(customizations, 'ServiceEndpoint');
    expect(others).toEqual([]);
    expect([textOf(endpoint, 'Contract'), textOf(endpoint, 'AuthType'), textOf(endpoint, 'Url')]).toEqual([
      '8',
      '4',
      PLACEHOLDER_URL,
    ]);
    expect(descendants(endpoint as XmlElement, 'AuthValue')).toEqual([]);
  });

  it('has a least-privilege role for the application user', () => {
    const privileges = descendants(customizations, 'RolePrivilege').map((p) => attributeOf(p, 'name'));
    expect(privileges).toEqual(
      expect.arrayContaining([
        'prvReadLead',
        'prvWriteLead',
        'prvWriteContact',
        'prvReadAccount',
        'prvReadOpportunity',
        'prvCreateActivity',
        'prvReadEnvironmentVariableValue',
        'prvCreateleadlink_Interaction',
      ]),
    );
    expect(privileges.filter((p) => /^prvDelete/.test(p ?? ''))).toEqual([]);
    expect(privileges).not.toContain('prvWriteAccount');
  });
});

describe('same input, same bytes', () => {
  it('packs byte for byte the same twice; another version gives other bytes', async () => {
    const again = await packSolution(packInputs(controlDir));
    expect(again.zip.equals(unmanaged.zip)).toBe(true);
    const other = await packSolution(packInputs(controlDir, { version: '1.2.3.5' }));
    expect(other.fileName).toBe('LeadLink_1_2_3_5.zip');
    expect(other.zip.equals(unmanaged.zip)).toBe(false);
  });
});

const INTERACTION_TABLE_COLUMNS = [
  INTERACTION.id,
  INTERACTION.name,
  INTERACTION.contact,
  INTERACTION.lead,
  INTERACTION.type,
  INTERACTION.occurredOn,
  INTERACTION.sourceId,
  'ownerid',
  'statecode',
  'statuscode',
];
