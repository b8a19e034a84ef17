/** and/or groups, nested, in each of the three places conditions go. */
import { compileSegment, parseSegmentDefinition, validateFetchXml } from '../../../plugins/segments';
import { metadata } from './helpers/segmentMetadataFixture';
import { contactFilter, linkEntity, onlyChild, type XmlNode } from './helpers/xmlNodes';

/** A compact picture of a filter: `or(subject eq A, and(leadsourcecode in [7,8], createdon last-x-days 30))`. */
function shape(node: XmlNode): string {
  if (node.tag === 'filter') return `${node.attributes.type ?? 'and'}(${node.children.map(shape).join(', ')})`;
  const { attribute, operator, value } = node.attributes;
  const values = node.children.length > 0 ? ` [${node.children.map((child) => child.text).join(',')}]` : '';
  return `${attribute} ${operator}${value === undefined ? '' : ` ${value}`}${values}`;
}

const compiled = compileSegment(
  parseSegmentDefinition(
    {
      lead: {
        type: 'or',
        conditions: [
          { column: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' },
          {
            type: 'and',
            conditions: [
              { column: 'leadsourcecode', operator: 'in', value: [7, 8] },
              { column: 'createdon', operator: 'last-x-days', value: 30 },
            ],
          },
        ],
      },
      contact: {
        type: 'or',
        conditions: [
          { column: 'accountrolecode', operator: 'eq', value: 1 },
          { column: 'jobtitle', operator: 'like', value: '%Director%' },
        ],
      },
      account: {
        conditions: [
          { column: 'numberofemployees', operator: 'ge', value: 500 },
          {
            type: 'or',
            conditions: [
              { column: 'address1_city', operator: 'eq', value: 'Redmond' },
              { column: 'address1_city', operator: 'begins-with', value: 'Seat' },
            ],
          },
        ],
      },
      include: { inactiveContacts: true, doNotBulkEmail: true, minorsWithoutConsent: true },
    },
    metadata,
  ),
);

describe('and/or groups', () => {
  it('nest inside the lead link as nested filters', () => {
    expect(shape(onlyChild(linkEntity(compiled.fetchXml, 'lead'), 'filter'))).toBe(
      'or(subject eq Contoso Ltd Conference, and(leadsourcecode in [7,8], createdon last-x-days 30))',
    );
  });

  it('keep an `or` of contact conditions apart from the exclusions, which must all hold', () => {
    expect(shape(contactFilter(compiled.fetchXml) as XmlNode)).toBe(
      'and(or(accountrolecode eq 1, jobtitle like %Director%), or(donotemail eq 0, donotemail null))',
    );
  });

  it('nest inside the account link', () => {
    expect(shape(onlyChild(linkEntity(compiled.fetchXml, 'account'), 'filter'))).toBe(
      'and(numberofemployees ge 500, or(address1_city eq Redmond, address1_city begins-with Seat))',
    );
  });

  it("stay valid by FetchXML's rules", async () => {
    expect((await validateFetchXml(compiled.fetchXml)).errors).toEqual([]);
    expect((await validateFetchXml(compiled.countFetchXml)).errors).toEqual([]);
  });
});
