import { ref, run, Seeder } from './fixtures';

/** Accounts with and without a primary contact; contacts under accounts; leads under contacts. */
function seed() {
  const s = new Seeder();
  const ann = s.contact({ fullname: 'Ann Lee', accountrolecode: 1 });
  const bob = s.contact({ fullname: 'Bob Ray', accountrolecode: 2 });
  const contoso = s.account({ name: 'Contoso', primarycontactid: ref('contact', ann) });
  const fabrikam = s.account({ name: 'Fabrikam', primarycontactid: ref('contact', bob) });
  const northwind = s.account({ name: 'Northwind' });
  s.store.update('contact', ann, { parentcustomerid: ref('account', contoso) });
  const lead1 = s.lead({ subject: 'Conference', fullname: 'Lead One' }, ann);
  const lead2 = s.lead({ subject: 'Webinar', fullname: 'Lead Two' }, ann);
  const lead3 = s.lead({ subject: 'Conference', fullname: 'Lead Three' }, bob);
  const orphan = s.lead({ subject: 'Conference', fullname: 'Lead Orphan' });
  return { s, ann, bob, contoso, fabrikam, northwind, lead1, lead2, lead3, orphan };
}

const d = seed();

const accountsWithContact = (linkType: string, linkBody = '<attribute name="fullname"/>') =>
  `<fetch><entity name="account"><attribute name="name"/><order attribute="name"/>
     <link-entity name="contact" from="contactid" to="primarycontactid" link-type="${linkType}" alias="pc">${linkBody}</link-entity>
   </entity></fetch>`;

describe('FetchXML link-entity', () => {
  test('inner drops rows without a match; linked columns come back as alias.column', () => {
    const rows = run(d.s, accountsWithContact('inner')).value;
    expect(rows.map((r) => [r.name, r['pc.fullname']])).toEqual([
      ['Contoso', 'Ann Lee'],
      ['Fabrikam', 'Bob Ray'],
    ]);
  });

  test('outer keeps rows without a match, and leaves their linked columns out', () => {
    const rows = run(d.s, accountsWithContact('outer')).value;
    expect(rows.map((r) => r.name)).toEqual(['Contoso', 'Fabrikam', 'Northwind']);
    const northwind = rows[2] ?? {};
    expect(Object.keys(northwind).some((k) => k.startsWith('pc.'))).toBe(false);
  });

  test('link-type defaults to inner', () => {
    const xml = `<fetch><entity name="account"><attribute name="name"/>
      <link-entity name="contact" from="contactid" to="primarycontactid" alias="pc"/></entity></fetch>`;
    expect(
      run(d.s, xml)
        .value.map((r) => r.name)
        .sort(),
    ).toEqual(['Contoso', 'Fabrikam']);
  });

  test("a lookup from a link is the plain GUID under alias.column; the root's lookup is _column_value", () => {
    const rows = run(d.s, accountsWithContact('inner', '<attribute name="parentcustomerid"/>')).value;
    const contoso = rows.find((r) => r.name === 'Contoso') ?? {};
    expect(contoso['pc.parentcustomerid']).toBe(d.contoso);
    expect(contoso['_pc.parentcustomerid_value']).toBeUndefined();
    const root = run(
      d.s,
      '<fetch><entity name="account"><attribute name="primarycontactid"/><attribute name="name"/></entity></fetch>',
    ).value;
    expect(root.find((r) => r.name === 'Contoso')?._primarycontactid_value).toBe(d.ann);
  });

  test('a filter inside an outer link-entity narrows the join, not the root rows', () => {
    const xml = accountsWithContact(
      'outer',
      '<attribute name="fullname"/><filter><condition attribute="accountrolecode" operator="eq" value="1"/></filter>',
    );
    const rows = run(d.s, xml).value;
    expect(rows.map((r) => [r.name, r['pc.fullname'] ?? null])).toEqual([
      ['Contoso', 'Ann Lee'],
      ['Fabrikam', null],
      ['Northwind', null],
    ]);
  });

  test('a filter inside an inner link-entity drops the root rows it rejects', () => {
    const xml = accountsWithContact(
      'inner',
      '<attribute name="fullname"/><filter><condition attribute="accountrolecode" operator="eq" value="2"/></filter>',
    );
    expect(run(d.s, xml).value.map((r) => r.name)).toEqual(['Fabrikam']);
  });

  test('entityname in the root filter tests a linked column after the join (accounts without a primary contact)', () => {
    const xml = `<fetch><entity name="account"><attribute name="name"/>
      <filter><condition entityname="pc" attribute="contactid" operator="null"/></filter>
      <link-entity name="contact" from="contactid" to="primarycontactid" link-type="outer" alias="pc"/>
    </entity></fetch>`;
    expect(run(d.s, xml).value.map((r) => r.name)).toEqual(['Northwind']);
  });

  test('entityname may name an unaliased link-entity by its table, even one declared after the filter', () => {
    const xml = `<fetch><entity name="lead"><attribute name="fullname"/>
      <filter><condition entityname="contact" attribute="accountrolecode" operator="eq" value="2"/></filter>
      <link-entity name="contact" from="contactid" to="parentcontactid" link-type="outer"/>
    </entity></fetch>`;
    expect(run(d.s, xml).value.map((r) => r.fullname)).toEqual(['Lead Three']);
  });

  test('an unaliased link-entity gets the alias {name}{N}, N counting link-entities in document order', () => {
    const xml = `<fetch><entity name="lead"><attribute name="fullname"/><filter><condition attribute="fullname" operator="eq" value="Lead One"/></filter>
      <link-entity name="contact" from="contactid" to="parentcontactid"><attribute name="fullname"/>
        <link-entity name="account" from="accountid" to="parentcustomerid"><attribute name="name"/></link-entity>
      </link-entity>
    </entity></fetch>`;
    const [row] = run(d.s, xml).value;
    expect(row?.['contact1.fullname']).toBe('Ann Lee');
    expect(row?.['account2.name']).toBe('Contoso');
  });

  test('a nested inner link-entity must match for its parent link to match', () => {
    const xml = `<fetch><entity name="lead"><attribute name="fullname"/><order attribute="fullname"/>
      <link-entity name="contact" from="contactid" to="parentcontactid" link-type="outer" alias="c">
        <link-entity name="account" from="accountid" to="parentcustomerid" link-type="inner" alias="a"><attribute name="name"/></link-entity>
      </link-entity>
    </entity></fetch>`;
    const rows = run(d.s, xml).value.map((r) => [r.fullname, r['a.name'] ?? null]);
    expect(rows).toEqual([
      ['Lead One', 'Contoso'],
      ['Lead Orphan', null],
      ['Lead Three', null],
      ['Lead Two', 'Contoso'],
    ]);
  });

  test('one-to-many: a contact comes back once per matching lead', () => {
    const xml = `<fetch><entity name="contact"><attribute name="fullname"/><order attribute="fullname"/>
      <link-entity name="lead" from="parentcontactid" to="contactid" alias="l"><attribute name="subject"/><order attribute="subject"/></link-entity>
    </entity></fetch>`;
    expect(run(d.s, xml).value.map((r) => [r.fullname, r['l.subject']])).toEqual([
      ['Ann Lee', 'Conference'],
      ['Ann Lee', 'Webinar'],
      ['Bob Ray', 'Conference'],
    ]);
  });

  test('link-type exists keeps each matching root row once and returns no linked columns', () => {
    const xml = `<fetch><entity name="contact"><attribute name="fullname"/>
      <link-entity name="lead" from="parentcontactid" to="contactid" link-type="exists"><attribute name="subject"/></link-entity>
    </entity></fetch>`;
    const rows = run(d.s, xml).value;
    expect(rows.map((r) => r.fullname).sort()).toEqual(['Ann Lee', 'Bob Ray']);
    expect(rows.every((r) => Object.keys(r).every((k) => !k.startsWith('lead')))).toBe(true);
    expect(rows).toHaveLength(2);
  });

  test('orders on a link-entity apply after the root orders; entityname on an order puts it first', () => {
    const link = (order: string) => `<fetch><entity name="lead"><attribute name="fullname"/>${order}
      <link-entity name="contact" from="contactid" to="parentcontactid" alias="c"><attribute name="fullname"/>${order.includes('entityname') ? '' : '<order attribute="fullname" descending="true"/>'}</link-entity>
    </entity></fetch>`;
    const rootFirst = run(d.s, link('<order attribute="subject"/>')).value.map((r) => r.fullname);
    expect(rootFirst).toEqual(['Lead Three', 'Lead One', 'Lead Two']);
    const linkFirst = run(
      d.s,
      link('<order entityname="c" attribute="fullname" descending="true"/><order attribute="fullname"/>'),
    ).value.map((r) => r.fullname);
    expect(linkFirst).toEqual(['Lead Three', 'Lead One', 'Lead Two']);
    const byLinkThenName = run(
      d.s,
      link('<order entityname="c" attribute="fullname"/><order attribute="fullname" descending="true"/>'),
    ).value.map((r) => r.fullname);
    expect(byLinkThenName).toEqual(['Lead Two', 'Lead One', 'Lead Three']);
  });
});
