/** Values that look like XML or like query syntax end up as one literal value and cannot change the query. */
import {
  compileSegment,
  parseSegmentDefinition,
  validateFetchXml,
  type SegmentDefinitionJson,
} from '../../../plugins/segments';
import { metadata } from './helpers/segmentMetadataFixture';
import { contactFilter, descendantsNamed, linkEntity, onlyChild, parseXml } from './helpers/xmlNodes';

const HOSTILE = [
  'x" /><condition attribute="statecode" operator="ne" value="0',
  "x' /><condition attribute='statecode' operator='ne' value='0",
  '</filter><filter type="or">',
  '</filter></link-entity></entity><entity name="systemuser"><all-attributes/>',
  '&amp; &lt; &#60; &quot; — already-escaped text must stay as typed',
  '<![CDATA[</filter>]]><!-- comment -->',
  'O\'Brian "Contoso" <Ltd> & Co',
  'Ünïcødé 🎉 conference',
];

const compileSubject = (subject: string) => {
  const definition: SegmentDefinitionJson = {
    lead: { conditions: [{ column: 'subject', operator: 'eq', value: subject }] },
    contact: { conditions: [{ column: 'jobtitle', operator: 'in', value: ['CEO', subject] }] },
  };
  return compileSegment(parseSegmentDefinition(definition, metadata));
};

const benign = compileSubject('Contoso Ltd Conference');
const countConditions = (fetchXml: string): number => descendantsNamed(parseXml(fetchXml), 'condition').length;
const countElements = (fetchXml: string): number =>
  ['fetch', 'entity', 'link-entity', 'filter', 'condition', 'value', 'attribute', 'order', 'all-attributes']
    .map((tag) => descendantsNamed(parseXml(fetchXml), tag).length)
    .reduce((sum, count) => sum + count, 0);

describe.each(HOSTILE.map((value) => [value]))('the value %j', (value) => {
  const compiled = compileSubject(value);

  it('is the one literal value of its attribute condition', () => {
    const conditions = onlyChild(linkEntity(compiled.fetchXml, 'lead'), 'filter').children;
    expect(conditions).toHaveLength(1);
    expect(conditions[0]?.attributes).toEqual({ attribute: 'subject', operator: 'eq', value });
  });

  it('is one literal <value> element in an in-list', () => {
    const inList = (contactFilter(compiled.fetchXml)?.children ?? []).find(
      (child) => child.attributes.attribute === 'jobtitle',
    );
    expect(inList?.children.map((element) => element.text)).toEqual(['CEO', value]);
  });

  it('leaves the query with the same elements as a harmless value', () => {
    expect(countConditions(compiled.fetchXml)).toBe(countConditions(benign.fetchXml));
    expect(countElements(compiled.fetchXml)).toBe(countElements(benign.fetchXml));
    expect(countElements(compiled.countFetchXml)).toBe(countElements(benign.countFetchXml));
    expect(onlyChild(parseXml(compiled.fetchXml), 'entity').attributes).toEqual({ name: 'contact' });
  });

  it("keeps the FetchXML valid by FetchXML's rules", async () => {
    const result = await validateFetchXml(compiled.fetchXml);
    expect(result.errors).toEqual([]);
  });
});

describe('characters XML cannot carry', () => {
  it.each([
    ['a NUL', 'Contoso\u0000'],
    ['a line feed, which attribute normalization would turn into a space', 'Contoso\nLtd'],
    ['a tab', 'Contoso\tLtd'],
    ['a lone surrogate', 'Contoso \uD83C'],
  ])('rejects %s with an error naming the character', (_what, value) => {
    expect(() =>
      parseSegmentDefinition({ lead: { conditions: [{ column: 'subject', operator: 'eq', value }] } }, metadata),
    ).toThrow(
      /lead\.conditions\[0\]\.value: contains the character U\+[0-9A-F]{4}, which a FetchXML value cannot carry/,
    );
  });
});
