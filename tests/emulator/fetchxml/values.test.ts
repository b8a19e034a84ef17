import { ANNOTATION } from '../../../emulator/fetchxml';
import { etagOf } from '../../../emulator/store/values';
import { ref, run, Seeder } from './fixtures';

function seed() {
  const s = new Seeder();
  const contoso = s.account({ name: 'Contoso' });
  const zeta = s.account({ name: 'Zeta Corp' });
  const ann = s.contact({
    fullname: 'Ann Lee',
    accountrolecode: 1,
    donotbulkemail: true,
    annualincome: 20000,
    createdon: '2023-04-07T21:59:01Z',
    parentcustomerid: ref('account', zeta),
  });
  const bob = s.contact({ fullname: 'Bob Ray', accountrolecode: 2, parentcustomerid: ref('account', contoso) });
  const cy = s.contact({ fullname: 'Cy Young', accountrolecode: 3 });
  return { s, contoso, zeta, ann, bob, cy };
}

const d = seed();
const annOnly = '<filter><condition attribute="fullname" operator="eq" value="Ann Lee"/></filter>';

describe('FetchXML result values', () => {
  test('a record carries its ETag and primary key unasked; null columns are left out', () => {
    const [row] = run(
      d.s,
      `<fetch><entity name="contact"><attribute name="fullname"/><attribute name="emailaddress1"/>${annOnly}</entity></fetch>`,
    ).value;
    const stored = d.s.store.get('contact', d.ann);
    expect(row).toEqual({ '@odata.etag': stored ? etagOf(stored) : '', contactid: d.ann, fullname: 'Ann Lee' });
  });

  test('values keep their JSON types: choices and money as numbers, booleans, ISO dates, lookups as _x_value', () => {
    const xml = `<fetch><entity name="contact"><attribute name="accountrolecode"/><attribute name="donotbulkemail"/><attribute name="annualincome"/><attribute name="createdon"/><attribute name="parentcustomerid"/>${annOnly}</entity></fetch>`;
    const [row] = run(d.s, xml).value;
    expect(row).toMatchObject({
      accountrolecode: 1,
      donotbulkemail: true,
      annualincome: 20000,
      createdon: '2023-04-07T21:59:01Z',
      _parentcustomerid_value: d.zeta,
    });
    expect(row).not.toHaveProperty('parentcustomerid');
  });

  test('formatted values and lookup annotations, only when the Prefer header asks', () => {
    const xml = `<fetch><entity name="contact"><attribute name="accountrolecode"/><attribute name="donotbulkemail"/><attribute name="annualincome"/><attribute name="createdon"/><attribute name="parentcustomerid"/>${annOnly}</entity></fetch>`;
    const [plain] = run(d.s, xml).value;
    expect(Object.keys(plain ?? {}).filter((k) => k.includes('@') && k !== '@odata.etag')).toEqual([]);
    const [row] = run(d.s, xml, { annotations: ['*'] }).value;
    const f = ANNOTATION.formattedValue;
    expect(row).toMatchObject({
      [`accountrolecode@${f}`]: 'Decision Maker',
      [`donotbulkemail@${f}`]: 'Do Not Allow',
      [`annualincome@${f}`]: '$20,000.00',
      [`createdon@${f}`]: '4/7/2023 9:59 PM',
      [`_parentcustomerid_value@${f}`]: 'Zeta Corp',
      [`_parentcustomerid_value@${ANNOTATION.lookupLogicalName}`]: 'account',
      [`_parentcustomerid_value@${ANNOTATION.associatedNavigationProperty}`]: 'parentcustomerid_account',
    });
  });

  test('the Prefer terms select annotations: a name, a namespace, an exclusion', () => {
    const xml = `<fetch><entity name="contact"><attribute name="accountrolecode"/><attribute name="parentcustomerid"/>${annOnly}</entity></fetch>`;
    const keys = (annotations: string[]) =>
      Object.keys(run(d.s, xml, { annotations }).value[0] ?? {})
        .filter((k) => k.includes('@') && k !== '@odata.etag')
        .sort();
    expect(keys([ANNOTATION.formattedValue])).toEqual([
      `_parentcustomerid_value@${ANNOTATION.formattedValue}`,
      `accountrolecode@${ANNOTATION.formattedValue}`,
    ]);
    expect(keys(['Microsoft.Dynamics.CRM.*'])).toEqual([
      `_parentcustomerid_value@${ANNOTATION.associatedNavigationProperty}`,
      `_parentcustomerid_value@${ANNOTATION.lookupLogicalName}`,
    ]);
    expect(keys(['*', `-${ANNOTATION.formattedValue}`, `-${ANNOTATION.associatedNavigationProperty}`])).toEqual([
      `_parentcustomerid_value@${ANNOTATION.lookupLogicalName}`,
    ]);
  });

  test('an aliased column comes back under its alias, a lookup as its plain GUID, with AttributeName', () => {
    const xml = `<fetch><entity name="contact"><attribute name="fullname" alias="name"/><attribute name="parentcustomerid" alias="customer"/>${annOnly}</entity></fetch>`;
    const [row] = run(d.s, xml, { annotations: ['*'] }).value;
    expect(row).toMatchObject({
      name: 'Ann Lee',
      [`name@${ANNOTATION.attributeName}`]: 'fullname',
      customer: d.zeta,
      [`customer@${ANNOTATION.attributeName}`]: 'parentcustomerid',
      [`customer@${ANNOTATION.lookupLogicalName}`]: 'account',
      [`customer@${ANNOTATION.formattedValue}`]: 'Zeta Corp',
    });
    expect(row).not.toHaveProperty('fullname');
    expect(row).not.toHaveProperty('_parentcustomerid_value');
  });

  test('a linked column carries AttributeName and its formatted value', () => {
    const xml = `<fetch><entity name="contact"><attribute name="fullname"/>${annOnly}
      <link-entity name="account" from="accountid" to="parentcustomerid" alias="acct"><attribute name="name"/><attribute name="primarycontactid"/></link-entity></entity></fetch>`;
    d.s.store.update('account', d.zeta, { primarycontactid: ref('contact', d.bob) });
    const [row] = run(d.s, xml, { annotations: ['*'] }).value;
    expect(row).toMatchObject({
      'acct.name': 'Zeta Corp',
      [`acct.name@${ANNOTATION.attributeName}`]: 'name',
      'acct.primarycontactid': d.bob,
      [`acct.primarycontactid@${ANNOTATION.formattedValue}`]: 'Bob Ray',
      [`acct.primarycontactid@${ANNOTATION.lookupLogicalName}`]: 'contact',
    });
  });

  test('all-attributes, or no attribute at all, returns every column that has a value', () => {
    const forAll = run(d.s, `<fetch><entity name="contact"><all-attributes/>${annOnly}</entity></fetch>`).value[0];
    const forNone = run(d.s, `<fetch><entity name="contact">${annOnly}</entity></fetch>`).value[0];
    expect(forAll).toEqual(forNone);
    expect(Object.keys(forAll ?? {}).sort()).toEqual(
      [
        '@odata.etag',
        '_parentcustomerid_value',
        'accountrolecode',
        'annualincome',
        'contactid',
        'createdon',
        'donotbulkemail',
        'fullname',
      ].sort(),
    );
  });

  test('ordering by a lookup sorts by the related record’s name; by a choice, by its label', () => {
    const names = (order: string, fetchAttributes = '') =>
      run(
        d.s,
        `<fetch${fetchAttributes}><entity name="contact"><attribute name="fullname"/>${order}<order attribute="fullname"/></entity></fetch>`,
      ).value.map((r) => r.fullname);
    // Cy has no customer (null first); Bob's Contoso sorts before Ann's Zeta Corp although Zeta was created first.
    expect(names('<order attribute="parentcustomerid"/>')).toEqual(['Cy Young', 'Bob Ray', 'Ann Lee']);
    // Labels: Decision Maker (1, Ann) < Employee (2, Bob) < Influencer (3, Cy); descending reverses them.
    expect(names('<order attribute="accountrolecode" descending="true"/>')).toEqual(['Cy Young', 'Bob Ray', 'Ann Lee']);
  });

  test('choices sort by label; useraworderby sorts them by value', () => {
    const s = new Seeder();
    for (const [fullname, leadsourcecode] of [
      ['Other lead', 10],
      ['Trade show lead', 7],
      ['Referral lead', 3],
      ['Word of mouth lead', 9],
    ] as const) {
      s.lead({ fullname, leadsourcecode });
    }
    const names = (raw: boolean) =>
      run(
        s,
        `<fetch useraworderby="${raw}"><entity name="lead"><attribute name="fullname"/><order attribute="leadsourcecode"/></entity></fetch>`,
      ).value.map((r) => r.fullname);
    // Labels: External Referral < Other < Trade Show < Word of Mouth; values: 3 < 7 < 9 < 10.
    expect(names(false)).toEqual(['Referral lead', 'Other lead', 'Trade show lead', 'Word of mouth lead']);
    expect(names(true)).toEqual(['Referral lead', 'Trade show lead', 'Word of mouth lead', 'Other lead']);
  });

  test('the result names the fetch’s entity and its entity set', () => {
    const result = run(d.s, '<fetch><entity name="contact"><attribute name="fullname"/></entity></fetch>');
    expect([result.entity, result.entitySet]).toEqual(['contact', 'contacts']);
  });
});
