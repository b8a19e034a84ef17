/**
 * LeadLink's structural checks, fed broken documents: each break below is one Microsoft's XSDs report too (the
 * reference suite holds the rules to CustomizationsSolution.xsd change by change), and each message says where.
 */
import { structureProblems } from '../../../solution/pack/validate/structure/checkStructure';
import { customizationsStructureProblems, fetchXmlStructureProblems } from '../../../solution/pack/validate/structure';
import {
  all,
  choice,
  empty,
  many,
  maybe,
  one,
  optional,
  required,
  sequence,
  text,
} from '../../../solution/pack/validate/structure/rules';
import {
  BOOLEAN,
  DOUBLE,
  GUID,
  INTEGER,
  NON_NEGATIVE_INTEGER,
  oneOf,
  POSITIVE_INTEGER,
  SCHEMA_NAME,
  tokenOneOf,
  VERSION,
  ZERO_OR_ONE,
} from '../../../solution/pack/validate/structure/values';
import { parseXml } from '../../../solution/xml/parseXml';

const xml = (text: string) => parseXml(text, 'test.xml');

describe('value rules', () => {
  it.each([
    [ZERO_OR_ONE, ['0', '1'], ['', ' 1', 'true', '2']],
    [BOOLEAN, ['true', 'false', '1', '0', ' true '], ['', 'yes', 'True']],
    [INTEGER, ['0', '-12', '+7', ' 42 '], ['', '1.5', 'x', '1e3']],
    [NON_NEGATIVE_INTEGER, ['0', '10000', ' 3 '], ['-1', '', '1.0']],
    [POSITIVE_INTEGER, ['1', '1033', '007'], ['0', '000', '-1', '']],
    [DOUBLE, ['-2147483648', '1.5', '.5', '1e10', 'INF', 'NaN'], ['', 'x', '1,5']],
    [
      GUID,
      ['{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}', '3372A5D1-8733-4B0E-B725-F75A5DCDD9F4'],
      ['', '3372a5d1', ' {3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}'],
    ],
    [VERSION, ['1.0', '1.0.0.0', '10.2.3'], ['1', '1.0.0.0.0', '^1.0$', 'v1.0']],
    [SCHEMA_NAME, ['leadlink_Score', 'x'.repeat(50)], ['', 'x'.repeat(51)]],
    [oneOf('OneToMany', 'ManyToMany'), ['OneToMany'], ['onetomany', ' OneToMany', '']],
    [tokenOneOf('and', 'or'), ['and', ' or '], ['AND', 'xor', '']],
  ])('%#: accepts what XML Schema accepts and nothing else', (rule, good, bad) => {
    for (const value of good) expect([value, rule.accepts(value)]).toEqual([value, true]);
    for (const value of bad) expect([value, rule.accepts(value)]).toEqual([value, false]);
  });
});

describe('content rules', () => {
  const LEAF = text(ZERO_OR_ONE);
  const ordered = sequence([one('A', LEAF), maybe('B', LEAF), many('C', LEAF, 1, 2)], {
    id: required(GUID),
    note: optional(INTEGER),
  });
  const unordered = all([one('A', LEAF), maybe('B', LEAF)]);
  const repeated = choice([many('A', LEAF), many('B', LEAF)]);
  const id = 'id="{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}"';

  it('accepts a document that keeps every rule', () => {
    expect(structureProblems(xml(`<R ${id}><A>1</A><B>0</B><C>1</C><C>0</C></R>`), ordered)).toEqual([]);
    expect(structureProblems(xml('<R><B>0</B><A>1</A></R>'), unordered)).toEqual([]);
    expect(structureProblems(xml('<R><B>0</B><A>1</A><B>1</B><A>0</A></R>'), repeated)).toEqual([]);
    expect(structureProblems(xml('<R />'), repeated)).toEqual([]);
  });

  it.each([
    [
      'an element out of order',
      `<R ${id}><B>0</B><A>1</A><C>1</C></R>`,
      ['<R id="{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}">: <A> must come before <B>'],
    ],
    [
      'a required element missing',
      `<R ${id}><A>1</A></R>`,
      [`<R id="{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}">: <C> is missing`],
    ],
    [
      'an element too often',
      `<R ${id}><A>1</A><A>1</A><C>1</C></R>`,
      [`<R id="{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}">: <A> appears 2 times, at most 1 allowed`],
    ],
    [
      'an unknown element',
      `<R ${id}><A>1</A><X /><C>1</C></R>`,
      [`<R id="{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}">: <X> is not allowed here (allowed: A, B, C)`],
    ],
    ['a required attribute missing', '<R><A>1</A><C>1</C></R>', ['<R>: attribute id is missing']],
    [
      'an unknown attribute',
      `<R ${id} colour="red"><A>1</A><C>1</C></R>`,
      [`<R id="{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}">: attribute colour is not allowed (allowed: id, note)`],
    ],
    [
      'an attribute value not allowed',
      '<R id="42"><A>1</A><C>1</C></R>',
      ['<R id="42">: attribute id="42" must be a GUID'],
    ],
    [
      'a text value not allowed',
      `<R ${id}><A>yes</A><C>1</C></R>`,
      [`<R id="{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}">/<A>: 'yes' must be one of '0', '1'`],
    ],
    [
      'text among elements',
      `<R ${id}>loose<A>1</A><C>1</C></R>`,
      [`<R id="{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}">: must hold only elements, but holds text`],
    ],
    [
      'an element inside a text element',
      `<R ${id}><A><B>1</B></A><C>1</C></R>`,
      [`<R id="{3372a5d1-8733-4b0e-b725-f75a5dcdd9f4}">/<A>: must hold only text, but holds <B>`],
    ],
  ])('reports %s', (_what, document, expected) => {
    expect(structureProblems(xml(document), ordered)).toEqual(expected);
  });

  it('reports what an unordered list misses or repeats, and content in an empty element', () => {
    expect(structureProblems(xml('<R><B>0</B><B>0</B></R>'), unordered)).toEqual([
      '<R>: <A> is missing',
      '<R>: <B> appears 2 times, at most 1 allowed',
    ]);
    expect(structureProblems(xml('<R><A>1</A></R>'), empty())).toEqual(['<R>: must be empty, but holds <A>']);
    expect(structureProblems(xml('<R>x</R>'), empty())).toEqual(['<R>: must be empty, but holds text']);
  });
});

/** A small customizations.xml of the kinds LeadLink writes: a table with a column and a view, a step, an endpoint. */
const GOOD = `<ImportExportXml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Entities>
    <Entity>
      <Name LocalizedName="Lead" OriginalName="Lead">Lead</Name>
      <EntityInfo>
        <entity Name="Lead">
          <attributes>
            <attribute PhysicalName="leadlink_Score">
              <Type>int</Type>
              <Name>leadlink_score</Name>
              <LogicalName>leadlink_score</LogicalName>
              <RequiredLevel>none</RequiredLevel>
              <IsCustomField>1</IsCustomField>
              <MinValue>0</MinValue>
              <MaxValue>100</MaxValue>
              <displaynames><displayname description="Score" languagecode="1033" /></displaynames>
            </attribute>
          </attributes>
        </entity>
      </EntityInfo>
      <SavedQueries>
        <savedqueries>
          <savedquery>
            <isdefault>0</isdefault>
            <savedqueryid>{2fbc1960-c41d-431b-ba7c-52b13704993a}</savedqueryid>
            <querytype>0</querytype>
            <fetchxml>
              <fetch version="1.0" mapping="logical">
                <entity name="lead">
                  <attribute name="fullname" />
                  <filter type="and"><condition attribute="statecode" operator="eq" value="0" /></filter>
                </entity>
              </fetch>
            </fetchxml>
            <LocalizedNames><LocalizedName description="Open leads" languagecode="1033" /></LocalizedNames>
          </savedquery>
        </savedqueries>
      </SavedQueries>
    </Entity>
  </Entities>
  <Roles />
  <WebResources>
    <WebResource>
      <WebResourceId>{5d7c0f5e-8a1b-4c2d-9e3f-a0b1c2d3e4f5}</WebResourceId>
      <Name>leadlink_/scoring/default-model.json</Name>
      <DisplayName>LeadLink scoring model</DisplayName>
      <WebResourceType>3</WebResourceType>
      <IsCustomizable>1</IsCustomizable>
      <FileName>/WebResources/leadlink_scoringdefault-modeljson5D7C0F5E-8A1B-4C2D-9E3F-A0B1C2D3E4F5</FileName>
    </WebResource>
  </WebResources>
  <SdkMessageProcessingSteps>
    <SdkMessageProcessingStep Name="LeadLink: Create of lead" SdkMessageProcessingStepId="{0b7f9f0e-3c51-4a8e-9d35-6a0c1e2b4f01}">
      <PrimaryEntity>lead</PrimaryEntity>
      <Mode>1</Mode>
      <SdkMessageId>9ebdbb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>
      <Stage>40</Stage>
      <IsHidden>0</IsHidden>
      <StateCode>1</StateCode>
      <StatusCode>2</StatusCode>
      <IntroducedVersion>1.0</IntroducedVersion>
    </SdkMessageProcessingStep>
  </SdkMessageProcessingSteps>
  <ServiceEndpoints>
    <ServiceEndpoint ServiceEndpointId="{ca45ddb7-a978-5b6c-83bc-d5f62e586a71}" Name="LeadLink webhook">
      <Contract>8</Contract>
      <AuthType>4</AuthType>
      <Url>https://leadlink.invalid/api/webhooks/dataverse</Url>
    </ServiceEndpoint>
  </ServiceEndpoints>
  <Languages><Language>1033</Language></Languages>
</ImportExportXml>`;

describe('customizations.xml', () => {
  const problems = (change: (text: string) => string) => {
    const changed = change(GOOD);
    if (changed === GOOD) throw new Error('the change changed nothing');
    return customizationsStructureProblems(xml(changed));
  };

  it('accepts what LeadLink writes', () => {
    expect(customizationsStructureProblems(xml(GOOD))).toEqual([]);
  });

  it.each<[string, (t: string) => string, string]>([
    [
      'sections out of order',
      (t) => t.replace('<Roles />', '').replace('<Languages>', '<Roles /><Languages>'),
      'customizations.xml: <ImportExportXml>: <Roles> must come before <ServiceEndpoints>',
    ],
    [
      'a step setting out of order',
      (t) => t.replace('<Mode>1</Mode>', '').replace('<Stage>40</Stage>', '<Stage>40</Stage><Mode>1</Mode>'),
      'customizations.xml: <ImportExportXml>/<SdkMessageProcessingSteps>/<SdkMessageProcessingStep Name="LeadLink: Create of lead">: <Mode> must come before <Stage>',
    ],
    [
      'a table without its name',
      (t) => t.replace('<Name LocalizedName="Lead" OriginalName="Lead">Lead</Name>', ''),
      'customizations.xml: <ImportExportXml>/<Entities>/<Entity>: <Name> is missing',
    ],
    [
      'a view without its id',
      (t) => t.replace('<savedqueryid>{2fbc1960-c41d-431b-ba7c-52b13704993a}</savedqueryid>', ''),
      'customizations.xml: <ImportExportXml>/<Entities>/<Entity> (Name Lead)/<SavedQueries>/<savedqueries>/<savedquery>: <savedqueryid> is missing',
    ],
    [
      'a column without its PhysicalName',
      (t) => t.replace(' PhysicalName="leadlink_Score"', ''),
      'customizations.xml: <ImportExportXml>/<Entities>/<Entity> (Name Lead)/<EntityInfo>/<entity Name="Lead">/<attributes>/<attribute> (Name leadlink_score): attribute PhysicalName is missing',
    ],
    [
      'a column type Dataverse does not have',
      (t) => t.replace('<Type>int</Type>', '<Type>integer</Type>'),
      '/<attribute PhysicalName="leadlink_Score">/<Type>: \'integer\' must be one of',
    ],
    [
      'a yes/no setting written as true',
      (t) => t.replace('<IsCustomField>1</IsCustomField>', '<IsCustomField>true</IsCustomField>'),
      "/<IsCustomField>: 'true' must be one of '0', '1'",
    ],
    [
      'a label without its language',
      (t) =>
        t.replace('<displayname description="Score" languagecode="1033" />', '<displayname description="Score" />'),
      '/<displaynames>/<displayname>: attribute languagecode is missing',
    ],
    [
      'a step id that is no GUID',
      (t) => t.replace('{0b7f9f0e-3c51-4a8e-9d35-6a0c1e2b4f01}', 'step-1'),
      'attribute SdkMessageProcessingStepId="step-1" must be a GUID',
    ],
    [
      'an endpoint element the schema does not have',
      (t) => t.replace('<Url>', '<AuthValue>secret</AuthValue><Url>'),
      '<ServiceEndpoint Name="LeadLink webhook">: <AuthValue> is not allowed here',
    ],
    [
      'a web resource without its name',
      (t) => t.replace('<Name>leadlink_/scoring/default-model.json</Name>', ''),
      'customizations.xml: <ImportExportXml>/<WebResources>/<WebResource>: <Name> is missing',
    ],
    [
      'a web resource type that is no number',
      (t) => t.replace('<WebResourceType>3</WebResourceType>', '<WebResourceType>json</WebResourceType>'),
      "/<WebResourceType>: 'json' must be a whole number",
    ],
    [
      'web resources after the controls they come before',
      (t) => t.replace('<Roles />', '<Roles /><CustomControls />'),
      'customizations.xml: <ImportExportXml>: <WebResources> must come before <CustomControls>',
    ],
    [
      'no language',
      (t) => t.replace('<Language>1033</Language>', ''),
      'customizations.xml: <ImportExportXml>/<Languages>: <Language> is missing',
    ],
    [
      'content in a section LeadLink leaves empty',
      (t) => t.replace('<Roles />', '<Roles /><Workflows><Workflow /></Workflows>'),
      'customizations.xml: <ImportExportXml>/<Workflows>: must be empty, but holds <Workflow>',
    ],
    [
      'a FetchXML operator that does not exist',
      (t) => t.replace('operator="eq"', 'operator="is-null"'),
      '/<condition attribute="statecode">: attribute operator="is-null" must be a FetchXML condition operator',
    ],
    [
      'a FetchXML filter type other than and/or',
      (t) => t.replace('<filter type="and">', '<filter type="xor">'),
      "/<filter>: attribute type=\"xor\" must be one of 'and', 'or'",
    ],
  ])('reports %s', (_what, change, expected) => {
    const found = problems(change);
    expect(found.some((p) => p.includes(expected))).toBe(true);
  });

  it('names the root it expects', () => {
    expect(customizationsStructureProblems(xml('<Customizations />'))).toEqual([
      'customizations.xml: the root element must be <ImportExportXml>, not <Customizations>',
    ]);
  });
});

describe('FetchXML', () => {
  it('accepts link-entities, aggregates and nested filters, and refuses a condition outside a filter', () => {
    const fetch =
      '<fetch aggregate="true" distinct="false"><entity name="contact"><attribute name="contactid" aggregate="countcolumn" alias="n" />' +
      '<link-entity name="lead" from="parentcontactid" to="contactid" link-type="inner" alias="l">' +
      '<filter type="or"><condition attribute="subject" operator="like" value="%Expo%" /><filter><condition attribute="statecode" operator="in"><value>0</value><value>1</value></condition></filter></filter>' +
      '</link-entity></entity></fetch>';
    expect(fetchXmlStructureProblems(xml(fetch))).toEqual([]);
    expect(
      fetchXmlStructureProblems(
        xml('<fetch><entity name="contact"><condition attribute="x" operator="eq" /></entity></fetch>'),
      ),
    ).toEqual([
      'FetchXML: <fetch>/<entity name="contact">: <condition> is not allowed here (allowed: all-attributes, attribute, order, link-entity, filter)',
    ]);
  });
});
