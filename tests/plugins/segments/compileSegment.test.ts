import {
  compileSegment,
  parseSegmentDefinition,
  validateFetchXml,
  SEGMENT_COUNT_ALIAS,
  SegmentDefinitionError,
  type SegmentDefinitionJson,
} from '../../../plugins/segments';
import { metadata } from './helpers/segmentMetadataFixture';
import { childrenNamed, linkEntity, onlyChild, parseXml } from './helpers/xmlNodes';

/** The seed's example: leads whose Topic is "Contoso Ltd Conference", whose contacts are decision makers. */
const seedExample: SegmentDefinitionJson = {
  name: 'Contoso Ltd Conference decision makers',
  lead: { conditions: [{ column: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' }] },
  contact: { conditions: [{ column: 'accountrolecode', operator: 'eq', value: 1 }] },
};

const compileJson = (json: unknown, top?: number) =>
  compileSegment(parseSegmentDefinition(json, metadata), top === undefined ? {} : { top });

/** Written by hand from the design (contact ⋈ lead on parentcontactid, exclusions as keep filters). */
const EXPECTED_SEED_FETCH = `
<fetch version="1.0" mapping="logical" distinct="true">
  <entity name="contact">
    <attribute name="contactid"/>
    <attribute name="fullname"/>
    <attribute name="emailaddress1"/>
    <order attribute="fullname"/>
    <order attribute="contactid"/>
    <filter type="and">
      <condition attribute="accountrolecode" operator="eq" value="1"/>
      <condition attribute="statecode" operator="eq" value="0"/>
      <filter type="or">
        <condition attribute="donotbulkemail" operator="eq" value="0"/>
        <condition attribute="donotbulkemail" operator="null"/>
      </filter>
      <filter type="or">
        <condition attribute="donotemail" operator="eq" value="0"/>
        <condition attribute="donotemail" operator="null"/>
      </filter>
      <filter type="or">
        <condition attribute="msdyn_isminor" operator="eq" value="0"/>
        <condition attribute="msdyn_isminor" operator="null"/>
        <condition attribute="msdyn_isminorwithparentalconsent" operator="eq" value="1"/>
      </filter>
    </filter>
    <link-entity name="lead" from="parentcontactid" to="contactid" link-type="inner">
      <filter type="and">
        <condition attribute="subject" operator="eq" value="Contoso Ltd Conference"/>
      </filter>
    </link-entity>
  </entity>
</fetch>`;

describe('compileSegment: the seed example', () => {
  const compiled = compileJson(seedExample);

  it('compiles to exactly the expected FetchXML structure', () => {
    expect(parseXml(compiled.fetchXml)).toEqual(parseXml(EXPECTED_SEED_FETCH));
  });

  it("passes FetchXML's rules, as do all its count queries", async () => {
    const queries = [
      compiled.fetchXml,
      compiled.countFetchXml,
      compiled.baseCountFetchXml,
      ...compiled.exclusions.flatMap((exclusion) => [exclusion.removedCountFetchXml, exclusion.onlyThisCountFetchXml]),
    ];
    expect(queries).toHaveLength(11);
    for (const query of queries) {
      const result = await validateFetchXml(query);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it('counts distinct contacts, since the join yields one row per matching lead', () => {
    const fetch = parseXml(compiled.countFetchXml);
    expect(fetch.attributes).toEqual({ version: '1.0', mapping: 'logical', aggregate: 'true' });
    const entity = onlyChild(fetch, 'entity');
    expect(childrenNamed(entity, 'attribute').map((attribute) => attribute.attributes)).toEqual([
      { name: 'contactid', alias: SEGMENT_COUNT_ALIAS, aggregate: 'countcolumn', distinct: 'true' },
    ]);
    expect(childrenNamed(entity, 'order')).toEqual([]);
    // Same conditions as the segment itself.
    expect(childrenNamed(entity, 'filter')).toEqual(
      childrenNamed(onlyChild(parseXml(compiled.fetchXml), 'entity'), 'filter'),
    );
    expect(linkEntity(compiled.countFetchXml, 'lead')).toEqual(linkEntity(compiled.fetchXml, 'lead'));
  });

  it('counts the base (before exclusions) with only the contact conditions', () => {
    const filter = onlyChild(onlyChild(parseXml(compiled.baseCountFetchXml), 'entity'), 'filter');
    expect(filter.children.map((child) => child.attributes)).toEqual([
      { attribute: 'accountrolecode', operator: 'eq', value: '1' },
    ]);
  });

  it('reports the four exclusions in order', () => {
    expect(compiled.exclusions.map((exclusion) => exclusion.id)).toEqual([
      'inactiveContacts',
      'doNotBulkEmail',
      'doNotEmail',
      'minorsWithoutConsent',
    ]);
    for (const exclusion of compiled.exclusions) expect(exclusion.description).not.toBe('');
  });
});

describe('compileSegment: shapes', () => {
  it('puts several lead conditions in the one lead link, so one lead must match them all', () => {
    const compiled = compileJson({
      lead: {
        conditions: [
          { column: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' },
          { column: 'createdon', operator: 'last-x-days', value: 30 },
          { column: 'leadsourcecode', operator: 'eq', value: 8 },
        ],
      },
    });
    const lead = linkEntity(compiled.fetchXml, 'lead');
    expect(lead.attributes).toEqual({ name: 'lead', from: 'parentcontactid', to: 'contactid', 'link-type': 'inner' });
    expect(onlyChild(lead, 'filter').children.map((condition) => condition.attributes)).toEqual([
      { attribute: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' },
      { attribute: 'createdon', operator: 'last-x-days', value: '30' },
      { attribute: 'leadsourcecode', operator: 'eq', value: '8' },
    ]);
  });

  it('joins the parent account on parentcustomerid when the definition has account conditions', async () => {
    const compiled = compileJson({
      ...seedExample,
      account: { conditions: [{ column: 'address1_city', operator: 'eq', value: 'Redmond' }] },
    });
    const account = linkEntity(compiled.fetchXml, 'account');
    expect(account.attributes).toEqual({
      name: 'account',
      from: 'accountid',
      to: 'parentcustomerid',
      'link-type': 'inner',
    });
    expect(onlyChild(account, 'filter').children.map((condition) => condition.attributes)).toEqual([
      { attribute: 'address1_city', operator: 'eq', value: 'Redmond' },
    ]);
    expect((await validateFetchXml(compiled.fetchXml)).valid).toBe(true);
  });

  it('has no account link without account conditions', () => {
    const entity = onlyChild(parseXml(compileJson(seedExample).fetchXml), 'entity');
    expect(childrenNamed(entity, 'link-entity').map((link) => link.attributes.name)).toEqual(['lead']);
  });

  it('writes lists and ranges as <value> elements', async () => {
    const compiled = compileJson({
      lead: {
        conditions: [
          { column: 'leadsourcecode', operator: 'in', value: [7, 'Web'] },
          { column: 'createdon', operator: 'between', value: ['2025-01-01', '2025-03-31T23:59:59Z'] },
        ],
      },
    });
    const [inCondition, between] = onlyChild(linkEntity(compiled.fetchXml, 'lead'), 'filter').children;
    expect(inCondition?.attributes).toEqual({ attribute: 'leadsourcecode', operator: 'in' });
    expect(inCondition?.children.map((value) => [value.tag, value.text])).toEqual([
      ['value', '7'],
      ['value', '8'],
    ]);
    expect(between?.children.map((value) => value.text)).toEqual(['2025-01-01', '2025-03-31T23:59:59Z']);
    expect((await validateFetchXml(compiled.fetchXml)).valid).toBe(true);
  });

  it('limits the rows with top for a preview, and only the rows query', () => {
    const compiled = compileJson(seedExample, 20);
    expect(parseXml(compiled.fetchXml).attributes.top).toBe('20');
    expect(parseXml(compiled.countFetchXml).attributes.top).toBeUndefined();
  });

  it.each([0, -1, 2.5, 5001, Number.NaN])('rejects top = %p', (top) => {
    expect(() => compileJson(seedExample, top)).toThrow(SegmentDefinitionError);
    expect(() => compileJson(seedExample, top)).toThrow(/top: expected a whole number from 1 to 5000/);
  });
});
