import { buildQuery } from '../../../../dataverse/client/odata/buildQuery';
import { entityPath } from '../../../../dataverse/client/odata/entityPath';
import { functionCall, RawLiteral } from '../../../../dataverse/client/odata/functionParameters';
import { inFilter, notInFilter } from '../../../../dataverse/client/odata/inFilter';
import { odataString } from '../../../../dataverse/client/odata/odataString';
import { parseEntityId } from '../../../../dataverse/client/odata/parseEntityId';
import { preferHeader } from '../../../../dataverse/client/odata/preferHeader';

describe('odataString', () => {
  it('wraps in single quotes and doubles every single quote inside', () => {
    expect(odataString("O'Bryan")).toBe("'O''Bryan'");
    expect(odataString("''")).toBe("''''''");
    expect(odataString('plain')).toBe("'plain'");
  });
});

describe('inFilter', () => {
  it('writes values as a JSON array of double-quoted strings, so apostrophes need no escaping', () => {
    expect(inFilter('lastname', ['OBrian', "O'Brian"])).toBe(
      `Microsoft.Dynamics.CRM.In(PropertyName='lastname',PropertyValues=["OBrian","O'Brian"])`,
    );
  });

  it('escapes double quotes and backslashes the JSON way and writes numbers as strings', () => {
    const filter = inFilter('emailaddress1', ['a"b@x.test', 'c\\d', 42]);
    const array = filter.slice(filter.indexOf('['), -1);
    expect(JSON.parse(array)).toEqual(['a"b@x.test', 'c\\d', '42']);
  });

  it('has a NotIn twin', () => {
    expect(notInFilter('statecode', [1, 2])).toBe(
      `Microsoft.Dynamics.CRM.NotIn(PropertyName='statecode',PropertyValues=["1","2"])`,
    );
  });

  it('refuses an empty list and a property that is not a plain name', () => {
    expect(() => inFilter('lastname', [])).toThrow('needs at least one value');
    expect(() => inFilter("x') or (1 eq 1", ['a'])).toThrow(/property must be a name/);
  });
});

describe('buildQuery', () => {
  it('URL-encodes each value once, so special characters in filter values arrive intact', () => {
    const filter = `emailaddress1 eq ${odataString("o'neil+tag&co#1/2@x.test")}`;
    const query = buildQuery({ select: ['fullname', 'emailaddress1'], filter, top: 5, count: true });
    const params = new URLSearchParams(query.slice(1));
    expect(params.get('$filter')).toBe("emailaddress1 eq 'o''neil+tag&co#1/2@x.test'");
    expect(params.get('$select')).toBe('fullname,emailaddress1');
    expect(params.get('$top')).toBe('5');
    expect(params.get('$count')).toBe('true');
    expect(query).not.toMatch(/[+&#]co/);
    expect(query).toContain('%2B');
  });

  it('builds $orderby and nested $expand options', () => {
    const query = buildQuery({
      orderBy: ['createdon DESC', 'fullname'],
      expand: [{ property: 'parentcontactid', select: ['fullname'], top: 1 }],
    });
    const params = new URLSearchParams(query.slice(1));
    expect(params.get('$orderby')).toBe('createdon desc,fullname');
    expect(params.get('$expand')).toBe('parentcontactid($select=fullname;$top=1)');
  });

  it('is empty without options and rejects bad names and sizes', () => {
    expect(buildQuery({})).toBe('');
    expect(() => buildQuery({ select: ['full name'] })).toThrow('select column must be a name');
    expect(() => buildQuery({ orderBy: ['name; drop'] })).toThrow('orderBy items');
    expect(() => buildQuery({ top: 0 })).toThrow('top must be a whole number');
  });
});

describe('entityPath', () => {
  it('normalizes a GUID id (braces, case)', () => {
    expect(entityPath('contacts', '{6D81597F-0000-0000-0000-000000000001}')).toBe(
      'contacts(6d81597f-0000-0000-0000-000000000001)',
    );
  });

  it('writes alternate keys with quotes doubled and URL-unsafe characters encoded', () => {
    expect(entityPath('contacts', { emailaddress1: "o'neil@x.test" })).toBe(
      "contacts(emailaddress1='o''neil%40x.test')",
    );
    expect(entityPath('accounts', { accountnumber: 'A/1', revenue: 7 })).toBe(
      "accounts(accountnumber='A%2F1',revenue=7)",
    );
  });

  it('refuses a non-GUID id and a bad entity set name', () => {
    expect(() => entityPath('contacts', 'abc')).toThrow('id must be a GUID, got "abc"');
    expect(() => entityPath('contacts/../x', '6d81597f-0000-0000-0000-000000000001')).toThrow(
      'entitySet must be a name',
    );
  });
});

describe('parseEntityId', () => {
  it('reads the id at the end of an OData-EntityId header', () => {
    expect(parseEntityId('https://org.example/api/data/v9.2/contacts(6D81597F-0000-0000-0000-000000000001)')).toBe(
      '6d81597f-0000-0000-0000-000000000001',
    );
    expect(parseEntityId(undefined)).toBeUndefined();
    expect(parseEntityId('https://org.example/api/data/v9.2/contacts(emailaddress1=%27a%27)')).toBeUndefined();
  });
});

describe('functionCall', () => {
  it('passes parameters as aliases, each literal URL-encoded', () => {
    const url = functionCall('Microsoft.Dynamics.CRM.Fn', {
      Name: "O'Bryan & co",
      Count: 3,
      Flag: true,
      Missing: null,
      Target: { '@odata.id': 'accounts(00000000-0000-0000-0000-000000000001)' },
      Filter: new RawLiteral("Microsoft.Dynamics.CRM.EntityFilters'Entity'"),
    });
    const [path, query] = url.split('?');
    expect(path).toBe('Microsoft.Dynamics.CRM.Fn(Name=@p1,Count=@p2,Flag=@p3,Missing=@p4,Target=@p5,Filter=@p6)');
    const params = new URLSearchParams(query);
    expect(params.get('@p1')).toBe("'O''Bryan & co'");
    expect(params.get('@p2')).toBe('3');
    expect(params.get('@p3')).toBe('true');
    expect(params.get('@p4')).toBe('null');
    expect(JSON.parse(params.get('@p5') ?? '')).toEqual({
      '@odata.id': 'accounts(00000000-0000-0000-0000-000000000001)',
    });
    expect(params.get('@p6')).toBe("Microsoft.Dynamics.CRM.EntityFilters'Entity'");
  });

  it('writes a call without parameters as name()', () => {
    expect(functionCall('WhoAmI', {})).toBe('WhoAmI()');
  });
});

describe('preferHeader', () => {
  it('joins preferences into one header', () => {
    expect(
      preferHeader({ maxPageSize: 50, includeAnnotations: '*', returnRepresentation: true, continueOnError: true }),
    ).toEqual({
      Prefer: 'odata.maxpagesize=50,odata.include-annotations="*",return=representation,odata.continue-on-error',
    });
    expect(preferHeader({})).toEqual({});
    expect(() => preferHeader({ maxPageSize: 1.5 })).toThrow('maxPageSize must be a whole number');
  });
});
