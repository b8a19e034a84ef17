import { run, Seeder } from './fixtures';

/** Three contacts; Ann has three conference leads, Bob two, Cy none. */
function seed(): Seeder {
  const s = new Seeder();
  const ann = s.contact({ fullname: 'Ann Lee', jobtitle: 'Buyer' });
  const bob = s.contact({ fullname: 'Bob Ray', jobtitle: 'Buyer' });
  s.contact({ fullname: 'Cy Young', jobtitle: 'Owner' });
  for (let i = 0; i < 3; i++) s.lead({ subject: 'Contoso Ltd Conference' }, ann);
  for (let i = 0; i < 2; i++) s.lead({ subject: 'Contoso Ltd Conference' }, bob);
  s.lead({ subject: 'Other' }, bob);
  return s;
}

const s = seed();

const contactsThroughLeads = (distinct: boolean) => `<fetch distinct="${distinct}">
  <entity name="contact"><attribute name="contactid"/><attribute name="fullname"/><order attribute="fullname"/>
    <link-entity name="lead" from="parentcontactid" to="contactid" link-type="inner">
      <filter><condition attribute="subject" operator="eq" value="Contoso Ltd Conference"/></filter>
    </link-entity>
  </entity></fetch>`;

describe('FetchXML distinct', () => {
  test('without distinct a contact comes back once per lead', () => {
    expect(run(s, contactsThroughLeads(false)).value.map((r) => r.fullname)).toEqual([
      'Ann Lee',
      'Ann Lee',
      'Ann Lee',
      'Bob Ray',
      'Bob Ray',
    ]);
  });

  test('distinct returns each contact reached through several leads once', () => {
    const rows = run(s, contactsThroughLeads(true)).value;
    expect(rows.map((r) => r.fullname)).toEqual(['Ann Lee', 'Bob Ray']);
    expect(new Set(rows.map((r) => r.contactid)).size).toBe(2);
  });

  test('a distinct row is not one record: no ETag, only the selected columns', () => {
    const rows = run(
      s,
      '<fetch distinct="true"><entity name="contact"><attribute name="jobtitle"/><order attribute="jobtitle"/></entity></fetch>',
    ).value;
    expect(rows).toEqual([{ jobtitle: 'Buyer' }, { jobtitle: 'Owner' }]);
  });

  test('distinct pages count distinct rows', () => {
    const first = run(
      s,
      contactsThroughLeads(true).replace('<fetch distinct="true">', '<fetch distinct="true" count="1" page="1">'),
    );
    const second = run(
      s,
      contactsThroughLeads(true).replace('<fetch distinct="true">', '<fetch distinct="true" count="1" page="2">'),
    );
    expect([first.value[0]?.fullname, first.moreRecords, second.value[0]?.fullname, second.moreRecords]).toEqual([
      'Ann Lee',
      true,
      'Bob Ray',
      false,
    ]);
  });
});
