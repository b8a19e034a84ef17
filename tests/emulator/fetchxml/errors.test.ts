import type { TableDef } from '../../../schema/types';
import { Catalog } from '../../../emulator/metadata/catalog';
import { Store } from '../../../emulator/store/Store';
import { FETCH_ERROR_CODE, runFetchXml } from '../../../emulator/fetchxml';
import { faultOf, run, Seeder } from './fixtures';

const s = new Seeder();
s.contact({ fullname: 'Ann' });

const contactWith = (body: string) =>
  `<fetch><entity name="contact"><attribute name="fullname"/>${body}</entity></fetch>`;

describe('FetchXML errors, as Dataverse gives them', () => {
  test.each([
    ['an unclosed element', '<fetch><entity name="contact"></fetch>'],
    ['text that is not XML', 'select * from contact'],
    ['an empty query', '   '],
    ['two root elements', '<fetch/><fetch/>'],
    ['a DTD', '<!DOCTYPE fetch [<!ENTITY x "y">]><fetch><entity name="contact"/></fetch>'],
  ])('malformed XML (%s) is a 400 "Invalid XML." with code 0x80040201', (_label, xml) => {
    const fault = faultOf(() => run(s, xml));
    expect([fault.status, fault.code]).toEqual([400, FETCH_ERROR_CODE.invalidXml]);
    expect(fault.message).toMatch(/^Invalid XML\. ./);
  });

  test('an unknown entity', () => {
    const fault = faultOf(() => run(s, '<fetch><entity name="foo"/></fetch>'));
    expect([fault.status, fault.code, fault.message]).toEqual([
      400,
      '0x80041102',
      "The entity with a name = 'foo' with namemapping = 'Logical' was not found in the MetadataCache.",
    ]);
  });

  test('an unknown link-entity', () => {
    const fault = faultOf(() => run(s, contactWith('<link-entity name="bar" from="barid" to="contactid"/>')));
    expect(fault.message).toMatch(/name = 'bar'/);
  });

  test.each([
    ['attribute', '<attribute name="x"/>', 'contact', 'x'],
    ['condition', '<filter><condition attribute="nope" operator="null"/></filter>', 'contact', 'nope'],
    ['order', '<order attribute="zz"/>', 'contact', 'zz'],
    ['link-entity from', '<link-entity name="lead" from="nolead" to="contactid"/>', 'lead', 'nolead'],
    ['link-entity to', '<link-entity name="lead" from="parentcontactid" to="nocontact"/>', 'contact', 'nocontact'],
    [
      'link-entity attribute',
      '<link-entity name="lead" from="parentcontactid" to="contactid"><attribute name="qq"/></link-entity>',
      'lead',
      'qq',
    ],
    ['case-sensitive name', '<attribute name="FullName"/>', 'contact', 'FullName'],
  ])('an unknown column in %s', (_label, body, table, column) => {
    const fault = faultOf(() => run(s, contactWith(body)));
    expect([fault.status, fault.code, fault.message]).toEqual([
      400,
      '0x80041103',
      `'${table}' entity doesn't contain attribute with Name = '${column}' and NameMapping = 'Logical' (look up attribute by name is case-sensitive).`,
    ]);
  });

  test('a column that cannot be read is unknown to a query', () => {
    const endpoint: TableDef = {
      logicalName: 'serviceendpoint',
      entitySetName: 'serviceendpoints',
      primaryIdAttribute: 'serviceendpointid',
      primaryNameAttribute: 'name',
      columns: [
        { name: 'serviceendpointid', type: 'uniqueidentifier' },
        { name: 'name', type: 'string' },
        { name: 'authvalue', type: 'string', validForRead: false },
      ],
      navigation: [],
    };
    const fault = faultOf(() =>
      runFetchXml(
        new Store(),
        new Catalog([endpoint]),
        '<fetch><entity name="serviceendpoint"><attribute name="authvalue"/></entity></fetch>',
      ),
    );
    expect(fault.code).toBe('0x80041103');
  });

  test('an unknown operator', () => {
    const fault = faultOf(() =>
      run(s, contactWith('<filter><condition attribute="fullname" operator="contains" value="a"/></filter>')),
    );
    expect([fault.status, fault.message]).toEqual([400, 'Unknown Condition Operator: contains']);
  });

  test('a Dataverse operator the emulator does not evaluate says so plainly', () => {
    const fault = faultOf(() =>
      run(
        s,
        contactWith(
          '<filter><condition attribute="contactid" operator="under" value="00000000-0000-4000-8000-000000000001"/></filter>',
        ),
      ),
    );
    expect(fault.message).toMatch(/Dataverse emulator does not support the condition operator 'under'/);
  });

  test('in without values', () => {
    const fault = faultOf(() =>
      run(s, contactWith('<filter><condition attribute="accountrolecode" operator="in"/></filter>')),
    );
    expect(fault.status).toBe(400);
    expect(fault.message).toMatch(/operator In on 'contact\.accountrolecode' requires at least one value/);
  });

  test('an operator that needs a value, without one', () => {
    const fault = faultOf(() =>
      run(s, contactWith('<filter><condition attribute="fullname" operator="ne"/></filter>')),
    );
    expect(fault.message).toBe("Attribute 'value' or 'valueof' must be specified for condition operator: NotEqual");
  });

  test('a value that does not fit the column', () => {
    const fault = faultOf(() =>
      run(s, contactWith('<filter><condition attribute="accountrolecode" operator="eq" value="abc"/></filter>')),
    );
    expect(fault.message).toBe(
      "An exception System.FormatException was thrown while trying to convert input value 'abc' to attribute 'contact.accountrolecode'. Expected type of attribute value: System.Int32. Exception raised: Input string was not in a correct format.",
    );
    const guid = faultOf(() =>
      run(s, contactWith('<filter><condition attribute="parentcustomerid" operator="eq" value="a%"/></filter>')),
    );
    expect(guid.message).toMatch(
      /Expected type of attribute value: System\.Guid\. Exception raised: Guid should contain 32 digits/,
    );
  });

  test('a date operator on a column that is not a date', () => {
    const fault = faultOf(() =>
      run(s, contactWith('<filter><condition attribute="fullname" operator="last-x-days" value="3"/></filter>')),
    );
    expect(fault.message).toMatch(/LastXDays needs a date and time column, but 'contact\.fullname' is of type string/);
  });

  test.each([
    ['a root element other than fetch', '<query><entity name="contact"/></query>', /root element must be <fetch>/],
    ['no entity', '<fetch/>', /exactly one <entity>/],
    ['two entities', '<fetch><entity name="contact"/><entity name="lead"/></fetch>', /exactly one <entity>/],
    [
      'an element where it does not belong',
      contactWith('<condition attribute="fullname" operator="null"/>'),
      /<condition> is not allowed inside <entity>/,
    ],
    ['an entity without a name', '<fetch><entity/></fetch>', /'name' attribute is required on the <entity>/],
    [
      'a link-entity without from',
      contactWith('<link-entity name="lead" to="contactid"/>'),
      /'from' attribute is required on the <link-entity>/,
    ],
    [
      'a bad boolean',
      '<fetch distinct="yes"><entity name="contact"/></fetch>',
      /'distinct' attribute of <fetch> must be true or false/,
    ],
    ['a bad filter type', contactWith('<filter type="xor"/>'), /'type' attribute of <filter> must be one of and, or/],
    [
      'an unknown entityname',
      contactWith('<filter><condition entityname="zz" attribute="fullname" operator="null"/></filter>'),
      /entityname 'zz'/,
    ],
    [
      'a duplicate alias',
      contactWith(
        '<link-entity name="lead" from="parentcontactid" to="contactid" alias="l"/><link-entity name="account" from="accountid" to="parentcustomerid" alias="l"/>',
      ),
      /alias 'l' is given to more than one/,
    ],
    [
      'an unsupported link type',
      contactWith('<link-entity name="lead" from="parentcontactid" to="contactid" link-type="any"/>'),
      /does not support link-type='any'/,
    ],
    ['an order alias naming no attribute', contactWith('<order alias="nothing"/>'), /order alias 'nothing'/],
  ])('structure: %s', (_label, xml, message) => {
    const fault = faultOf(() => run(s, xml));
    expect(fault.status).toBe(400);
    expect(fault.message).toMatch(message);
  });

  test('more than 15 link-entities', () => {
    const links = Array.from(
      { length: 16 },
      (_, i) => `<link-entity name="account" from="accountid" to="parentcustomerid" alias="a${i}" link-type="outer"/>`,
    ).join('');
    const fault = faultOf(() => run(s, contactWith(links)));
    expect([fault.code, fault.message]).toEqual([
      FETCH_ERROR_CODE.linkEntityLimit,
      'Number of link entities in query exceeded maximum limit.',
    ]);
  });

  test('an error changes nothing in the store', () => {
    const before = [...s.store.rows('contact')];
    faultOf(() => run(s, contactWith('<filter><condition attribute="nope" operator="null"/></filter>')));
    expect([...s.store.rows('contact')]).toEqual(before);
  });
});
