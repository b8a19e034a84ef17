import { ANNOTATION } from '../../../emulator/fetchxml';
import { FETCH_ERROR_CODE } from '../../../emulator/fetchxml';
import { faultOf, ref, run, Seeder } from './fixtures';

/** The ten accounts of Microsoft's "Aggregate data using FetchXml" example. */
const ACCOUNTS: readonly [number | null, string, string | null, string][] = [
  [null, 'Example Account', null, '2023-08-27T10:00:00Z'],
  [1500, 'Contoso Pharmaceuticals (sample)', 'Redmond', '2023-03-25T10:00:00Z'],
  [2700, 'Fabrikam, Inc. (sample)', 'Lynnwood', '2023-03-25T10:00:00Z'],
  [2900, 'Blue Yonder Airlines (sample)', 'Los Angeles', '2023-03-25T10:00:00Z'],
  [2900, 'City Power & Light (sample)', 'Redmond', '2023-03-25T10:00:00Z'],
  [3900, 'Coho Winery (sample)', 'Phoenix', '2023-03-25T10:00:00Z'],
  [4300, 'Adventure Works (sample)', 'Santa Cruz', '2023-03-25T10:00:00Z'],
  [4800, 'Alpine Ski House (sample)', 'Missoula', '2023-03-25T10:00:00Z'],
  [6000, 'Litware, Inc. (sample)', 'Dallas', '2023-03-25T10:00:00Z'],
  [6200, 'A. Datum Corporation (sample)', 'Redmond', '2023-03-25T10:00:00Z'],
];

function seed(): Seeder {
  const s = new Seeder();
  for (const [numberofemployees, name, address1_city, createdon] of ACCOUNTS) {
    s.account({ numberofemployees, name, address1_city, createdon });
  }
  return s;
}

const s = seed();

describe('FetchXML aggregates', () => {
  test("count, countcolumn, countcolumn distinct, sum, avg, min and max give the docs' figures", () => {
    const xml = `<fetch aggregate="true"><entity name="account">
      <attribute name="numberofemployees" alias="Average" aggregate="avg"/>
      <attribute name="numberofemployees" alias="Count" aggregate="count"/>
      <attribute name="numberofemployees" alias="ColumnCount" aggregate="countcolumn"/>
      <attribute name="numberofemployees" alias="DistinctCount" aggregate="countcolumn" distinct="true"/>
      <attribute name="numberofemployees" alias="Maximum" aggregate="max"/>
      <attribute name="numberofemployees" alias="Minimum" aggregate="min"/>
      <attribute name="numberofemployees" alias="Sum" aggregate="sum"/>
    </entity></fetch>`;
    expect(run(s, xml).value).toEqual([
      { Average: 3911, Count: 10, ColumnCount: 9, DistinctCount: 8, Maximum: 6200, Minimum: 1500, Sum: 35200 },
    ]);
  });

  test('groupby groups rows; the null group leaves its alias out and sums to 0', () => {
    const xml = `<fetch aggregate="true"><entity name="account">
      <attribute name="numberofemployees" alias="Total" aggregate="sum"/>
      <attribute name="address1_city" alias="Count" aggregate="count"/>
      <attribute name="address1_city" alias="City" groupby="true"/>
      <order alias="City"/>
    </entity></fetch>`;
    expect(run(s, xml).value).toEqual([
      { Total: 0, Count: 1 },
      { Total: 6000, Count: 1, City: 'Dallas' },
      { Total: 2900, Count: 1, City: 'Los Angeles' },
      { Total: 2700, Count: 1, City: 'Lynnwood' },
      { Total: 4800, Count: 1, City: 'Missoula' },
      { Total: 3900, Count: 1, City: 'Phoenix' },
      { Total: 10600, Count: 3, City: 'Redmond' },
      { Total: 4300, Count: 1, City: 'Santa Cruz' },
    ]);
  });

  test('an order by an aggregate alias can be descending', () => {
    const xml = `<fetch aggregate="true"><entity name="account">
      <attribute name="accountid" alias="n" aggregate="count"/>
      <attribute name="address1_city" alias="city" groupby="true"/>
      <order alias="n" descending="true"/><order alias="city"/>
    </entity></fetch>`;
    const [top] = run(s, xml).value;
    expect(top).toEqual({ n: 3, city: 'Redmond' });
  });

  test('dategrouping groups by day, week, month and year', () => {
    const xml = `<fetch aggregate="true"><entity name="account">
      <attribute name="numberofemployees" alias="Total" aggregate="sum"/>
      <attribute name="createdon" alias="Day" groupby="true" dategrouping="day"/>
      <attribute name="createdon" alias="Week" groupby="true" dategrouping="week"/>
      <attribute name="createdon" alias="Month" groupby="true" dategrouping="month"/>
      <attribute name="createdon" alias="Year" groupby="true" dategrouping="year"/>
      <order alias="Month"/>
    </entity></fetch>`;
    expect(run(s, xml).value).toEqual([
      { Total: 35200, Day: 25, Week: 12, Month: 3, Year: 2023 },
      { Total: 0, Day: 27, Week: 35, Month: 8, Year: 2023 },
    ]);
  });

  test('aggregates over a link-entity: leads counted by their contact, grouped by a lookup', () => {
    const l = new Seeder();
    const ann = l.contact({ fullname: 'Ann Lee', accountrolecode: 1 });
    const bob = l.contact({ fullname: 'Bob Ray', accountrolecode: 2 });
    l.lead({ budgetamount: 100 }, ann);
    l.lead({ budgetamount: 300 }, ann);
    l.lead({ budgetamount: 50 }, bob);
    l.lead({ budgetamount: 7 });
    const byContact = `<fetch aggregate="true"><entity name="lead">
      <attribute name="leadid" alias="leads" aggregate="count"/>
      <attribute name="budgetamount" alias="budget" aggregate="sum"/>
      <attribute name="budgetamount" alias="average" aggregate="avg"/>
      <attribute name="parentcontactid" alias="contact" groupby="true"/>
      <link-entity name="contact" from="contactid" to="parentcontactid" alias="c">
        <attribute name="accountrolecode" alias="role" groupby="true"/>
      </link-entity>
      <order alias="leads" descending="true"/>
    </entity></fetch>`;
    const result = run(l, byContact, { annotations: ['*'] });
    expect(result.value.map((r) => [r.contact, r.role, r.leads, r.budget, r.average])).toEqual([
      [ann, 1, 2, 400, 200],
      [bob, 2, 1, 50, 50],
    ]);
    const first = result.value[0] ?? {};
    expect(first[`contact@${ANNOTATION.lookupLogicalName}`]).toBe('contact');
    expect(first[`contact@${ANNOTATION.formattedValue}`]).toBe('Ann Lee');
    expect(first[`role@${ANNOTATION.formattedValue}`]).toBe('Decision Maker');
    expect(first[`role@${ANNOTATION.attributeName}`]).toBe('accountrolecode');
    expect(first[`budget@${ANNOTATION.formattedValue}`]).toBe('$400.00');
    expect(first[`leads@${ANNOTATION.formattedValue}`]).toBe('2');
  });

  test('an aggregate without groupby over no rows is one row of zero counts', () => {
    const xml = `<fetch aggregate="true"><entity name="account">
      <attribute name="accountid" alias="n" aggregate="count"/>
      <attribute name="numberofemployees" alias="avg" aggregate="avg"/>
      <filter><condition attribute="name" operator="eq" value="nobody"/></filter>
    </entity></fetch>`;
    expect(run(s, xml).value).toEqual([{ n: 0 }]);
  });

  test('aggregatelimit lowers the 50,000-record limit, with Dataverse’s error when exceeded', () => {
    const xml = `<fetch aggregate="true" aggregatelimit="9"><entity name="account"><attribute name="accountid" alias="n" aggregate="count"/></entity></fetch>`;
    const fault = faultOf(() => run(s, xml));
    expect([fault.status, fault.code, fault.message]).toEqual([
      400,
      FETCH_ERROR_CODE.aggregateLimit,
      'AggregateQueryRecordLimit exceeded. Cannot perform this operation.',
    ]);
  });

  test.each([
    ['an aggregate without an alias', '<attribute name="accountid" aggregate="count"/>', /needs an alias/],
    ['an attribute with neither aggregate nor groupby', '<attribute name="name"/>', /neither/],
    ['sum over text', '<attribute name="name" alias="s" aggregate="sum"/>', /number or currency column/],
    [
      'an order by attribute',
      '<attribute name="accountid" alias="n" aggregate="count"/><order attribute="name"/>',
      /ordered by alias/,
    ],
  ])('refuses %s', (_label, body, message) => {
    const fault = faultOf(() => run(s, `<fetch aggregate="true"><entity name="account">${body}</entity></fetch>`));
    expect(fault.status).toBe(400);
    expect(fault.message).toMatch(message);
  });

  test('aggregate attributes need aggregate="true" on the fetch', () => {
    const fault = faultOf(() =>
      run(
        s,
        '<fetch><entity name="account"><attribute name="accountid" alias="n" aggregate="count"/></entity></fetch>',
      ),
    );
    expect(fault.message).toMatch(/aggregate='true'/);
  });

  test('a lookup group refers to its record: groupby on a root lookup', () => {
    const l = new Seeder();
    const acct = l.account({ name: 'Contoso' });
    l.contact({ parentcustomerid: ref('account', acct) });
    l.contact({ parentcustomerid: ref('account', acct) });
    const xml = `<fetch aggregate="true"><entity name="contact"><attribute name="contactid" alias="n" aggregate="count"/><attribute name="parentcustomerid" alias="customer" groupby="true"/></entity></fetch>`;
    expect(run(l, xml).value).toEqual([{ n: 2, customer: acct }]);
  });
});
