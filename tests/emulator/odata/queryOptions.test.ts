import { parseQueryOptions } from '../../../emulator/odata';
import { expectFault } from './expectFault';
import { ACCOUNT, CONTACT, LEAD, makeCatalog, SERVICE_ENDPOINT } from './fixtures';
import type { TableDef } from '../../../schema/types';

const catalog = makeCatalog();
const parse = (query: string, table: TableDef = LEAD) => parseQueryOptions(new URLSearchParams(query), table, catalog);
const fault = (query: string, table: TableDef = LEAD) => expectFault(() => parse(query, table));

describe('parseQueryOptions: $select', () => {
  it('resolves columns and lookup properties', () => {
    const options = parse('$select=subject,_parentcontactid_value,statecode');
    expect(options.select?.map((s) => [s.property, s.column.name])).toEqual([
      ['subject', 'subject'],
      ['_parentcontactid_value', 'parentcontactid'],
      ['statecode', 'statecode'],
    ]);
  });

  it("rejects an unknown column with Dataverse's error", () => {
    const f = fault('$select=subject,Subject');
    expect(f.status).toBe(400);
    expect(f.code).toBe('0x80060888');
    expect(f.toBody()).toEqual({
      error: {
        code: '0x80060888',
        message: "Could not find a property named 'Subject' on type 'Microsoft.Dynamics.CRM.lead'.",
      },
    });
  });

  it('does not accept a lookup by its logical name: the bare name is the navigation property', () => {
    expect(fault('$select=parentcontactid').message).toBe(
      "The navigation property 'parentcontactid' of type 'Microsoft.Dynamics.CRM.lead' cannot be used in $select. Select the lookup property '_parentcontactid_value', or use $expand=parentcontactid.",
    );
    // A polymorphic lookup's logical name is no property at all.
    expect(fault('$select=parentcustomerid', CONTACT).message).toBe(
      "Could not find a property named 'parentcustomerid' on type 'Microsoft.Dynamics.CRM.contact'.",
    );
    // Named together with its $expand, the navigation property is accepted and adds nothing.
    expect(
      parse('$select=subject,parentcontactid&$expand=parentcontactid($select=fullname)').select?.map((s) => s.property),
    ).toEqual(['subject']);
  });

  it('accepts a column that cannot be read (it is simply never returned)', () => {
    expect(parse('$select=name,authvalue', SERVICE_ENDPOINT).select?.map((s) => s.property)).toEqual([
      'name',
      'authvalue',
    ]);
  });
});

describe('parseQueryOptions: other options', () => {
  it('rejects $skip, which Dataverse does not support', () => {
    const f = fault('$skip=10');
    expect(f.status).toBe(400);
    expect(f.message).toBe('The query parameter $skip is not supported');
  });

  it('rejects unknown and repeated system query options', () => {
    expect(fault('$foo=1').message).toBe("The query parameter '$foo' is not supported.");
    expect(fault('$top=1&$top=2').message).toBe(
      "Query option '$top' was specified more than once, but it must be specified at most once.",
    );
    expect(fault('$apply=aggregate(revenue with sum as total)').status).toBe(501);
  });

  it('reads $top and $count, and rejects bad values', () => {
    expect(parse('$top=3&$count=true')).toMatchObject({ top: 3, count: true });
    expect(parse('').count).toBe(false);
    expect(fault('$top=-1').message).toBe(
      "Invalid value '-1' for $top query option found. The $top query option requires a non-negative integer value.",
    );
    expect(fault('$count=yes').message).toBe(
      "Invalid value 'yes' for $count query option found. Valid values are 'true, false'.",
    );
  });

  it('reads $orderby keys and rejects unknown or navigation properties', () => {
    expect(
      parse('$orderby=createdon desc,_parentcontactid_value').orderBy.map((k) => [k.property, k.descending]),
    ).toEqual([
      ['createdon', true],
      ['_parentcontactid_value', false],
    ]);
    expect(fault('$orderby=nosuch').message).toBe(
      "Could not find a property named 'nosuch' on type 'Microsoft.Dynamics.CRM.lead'.",
    );
    expect(fault('$orderby=parentcontactid').message).toBe(
      'The $orderby expression must evaluate to a single value of primitive type.',
    );
  });

  it('keeps $skiptoken for runQuery', () => {
    expect(parse('$skiptoken=abc').skipToken).toBe('abc');
  });
});

describe('parseQueryOptions: $expand', () => {
  it('reads single- and collection-valued expansions with nested options', () => {
    const options = parse(
      "$expand=lead_parent_contact($select=subject;$filter=contains(subject,'a;b');$orderby=createdon desc;$top=5),parentcustomerid_account($select=name)",
      CONTACT,
    );
    const [leads, account] = options.expand;
    expect(leads).toMatchObject({ navigation: { name: 'lead_parent_contact' }, top: 5 });
    expect(leads?.select?.map((s) => s.property)).toEqual(['subject']);
    expect(leads?.orderBy.map((k) => k.property)).toEqual(['createdon']);
    expect(leads?.filter).toBeDefined();
    expect(leads?.query).toBe("$select=subject&$filter=contains(subject,'a;b')&$orderby=createdon desc&$top=5");
    expect(account?.navigation.name).toBe('parentcustomerid_account');
  });

  it('rejects unknown navigation properties and properties that are not navigations', () => {
    expect(fault('$expand=nosuch').message).toBe(
      "Could not find a property named 'nosuch' on type 'Microsoft.Dynamics.CRM.lead'.",
    );
    expect(fault('$expand=subject').message).toBe(
      "Property 'subject' on type 'Microsoft.Dynamics.CRM.lead' is not a navigation property or complex property. Only navigation properties can be expanded.",
    );
    expect(fault('$expand=parentcontactid($select=nosuch)').message).toBe(
      "Could not find a property named 'nosuch' on type 'Microsoft.Dynamics.CRM.contact'.",
    );
  });

  it("refuses $top/$orderby where Dataverse does, with join-tables' documented error", () => {
    const message =
      'Only $select and $filter clause can be provided while doing $expand on many-to-one relationship or nested one-to-many relationship.';
    expect(fault('$expand=parentcontactid($top=1)').message).toBe(message);
    expect(fault('$expand=lead_parent_contact($top=1;$expand=parentaccountid($select=name))', CONTACT).message).toBe(
      message,
    );
    expect(parse('$expand=parentcontactid($filter=marketingonly eq true)').expand[0]?.filter).toBeDefined();
  });

  it('rejects options Dataverse does not support inside $expand, and malformed items', () => {
    expect(fault('$expand=lead_parent_contact($skip=1)', CONTACT).message).toContain("'$skip'");
    expect(fault('$expand=parentcontactid(fullname)').message).toBe(
      "Term '(fullname)' is not valid in a $select or $expand expression.",
    );
    expect(fault('$expand=parentcontactid()').message).toContain(
      "Missing expand option on navigation property 'parentcontactid'",
    );
  });

  it('allows at most 15 expansions', () => {
    const sixteen = Array.from({ length: 16 }, () => 'primarycontactid').join(',');
    expect(fault(`$expand=${sixteen}`, ACCOUNT).message).toBe(
      'The result of parsing $expand contained at least 16 items, but the maximum allowed is 15.',
    );
  });
});
