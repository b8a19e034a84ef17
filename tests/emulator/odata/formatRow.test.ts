import {
  AnnotationFilter,
  formatRow,
  formatRows,
  parseAnnotationPreference,
  parseMaxPageSize,
  parseQueryOptions,
} from '../../../emulator/odata';
import type { TableDef } from '../../../schema/types';
import { ACCOUNT, CONTACT, guid, LEAD, ref, SERVICE_ENDPOINT, world } from './fixtures';

const FV = '@OData.Community.Display.V1.FormattedValue';
const LOGICAL = '@Microsoft.Dynamics.CRM.lookuplogicalname';
const NAV = '@Microsoft.Dynamics.CRM.associatednavigationproperty';

function formatWorld() {
  const w = world();
  w.insert(ACCOUNT, guid(21), { name: 'Contoso Ltd', revenue: 1_234_567.5 });
  w.insert(CONTACT, guid(1), {
    fullname: 'Ann Lee',
    marketingonly: true,
    accountrolecode: 1,
    parentcustomerid: ref('account', guid(21)),
  });
  w.insert(CONTACT, guid(2), { fullname: 'Bob Stone', marketingonly: false });
  w.insert(LEAD, guid(11), {
    subject: 'Contoso Ltd Conference',
    parentcontactid: ref('contact', guid(1)),
    statecode: 1,
    leadqualitycode: 1,
    revenue: 1234,
    numberofemployees: 1234,
    donotemail: true,
    createdon: '2026-11-23T19:35:14.123Z',
  });
  w.insert(LEAD, guid(12), {
    subject: 'Second',
    parentcontactid: ref('contact', guid(1)),
    statecode: 0,
    createdon: '2026-01-02T08:05:00Z',
  });
  w.insert(LEAD, guid(13), {
    subject: 'Third',
    parentcontactid: ref('contact', guid(1)),
    statecode: 0,
    createdon: '2026-01-03T08:05:00Z',
  });
  return w;
}

const w = formatWorld();

function format(table: TableDef, id: string, query: string, prefer?: string) {
  const options = parseQueryOptions(new URLSearchParams(query), table, w.catalog);
  const row = w.store.get(table.logicalName, id)!;
  return formatRow(row, table, w.catalog, {
    select: options.select,
    expand: options.expand,
    annotations: parseAnnotationPreference(prefer),
    store: w.store,
  });
}

describe('formatRow', () => {
  it('returns the etag, the selected properties and the primary key, without annotations unless asked', () => {
    const row = w.store.get('lead', guid(11))!;
    expect(format(LEAD, guid(11), '$select=subject,_parentcontactid_value,statecode')).toEqual({
      '@odata.etag': `W/"${row.version}"`,
      subject: 'Contoso Ltd Conference',
      _parentcontactid_value: guid(1),
      statecode: 1,
      leadid: guid(11),
    });
  });

  it('returns every readable column without $select, nulls included, lookups as _x_value', () => {
    const out = format(LEAD, guid(12), '');
    expect(Object.keys(out).sort()).toEqual(
      [
        '@odata.etag',
        'leadid',
        'subject',
        'fullname',
        'lastname',
        'emailaddress1',
        'companyname',
        '_parentcontactid_value',
        '_parentaccountid_value',
        'statecode',
        'leadqualitycode',
        'revenue',
        'numberofemployees',
        'donotemail',
        'createdon',
      ].sort(),
    );
    expect(out.lastname).toBeNull();
    expect(out._parentaccountid_value).toBeNull();
  });

  it('never returns a column that is not valid for read', () => {
    w.insert(SERVICE_ENDPOINT, guid(31), {
      name: 'LeadLink',
      url: 'https://example.test/api',
      contract: 8,
      authvalue: 'secret-code',
    });
    const all = format(SERVICE_ENDPOINT, guid(31), '');
    const selected = format(SERVICE_ENDPOINT, guid(31), '$select=name,authvalue');
    expect(all).not.toHaveProperty('authvalue');
    expect(selected).not.toHaveProperty('authvalue');
    expect(JSON.stringify([all, selected])).not.toContain('secret-code');
  });

  it('writes date-times to the second in UTC', () => {
    expect(format(LEAD, guid(11), '$select=createdon').createdon).toBe('2026-11-23T19:35:14Z');
  });

  it('adds every annotation with Prefer: odata.include-annotations="*"', () => {
    const out = format(
      LEAD,
      guid(11),
      '$select=_parentcontactid_value,statecode,leadqualitycode,revenue,numberofemployees,donotemail,createdon,subject',
      'odata.include-annotations="*"',
    );
    expect(out).toMatchObject({
      [`_parentcontactid_value${FV}`]: 'Ann Lee',
      [`_parentcontactid_value${LOGICAL}`]: 'contact',
      [`_parentcontactid_value${NAV}`]: 'parentcontactid',
      [`statecode${FV}`]: 'Qualified',
      [`leadqualitycode${FV}`]: 'Hot',
      [`revenue${FV}`]: '$1,234.00',
      [`numberofemployees${FV}`]: '1,234',
      [`donotemail${FV}`]: 'Do Not Allow',
      [`createdon${FV}`]: '11/23/2026 7:35 PM',
    });
    expect(out).not.toHaveProperty(`subject${FV}`);
  });

  it('adds only the annotations named', () => {
    const out = format(
      LEAD,
      guid(11),
      '$select=_parentcontactid_value,statecode',
      'odata.include-annotations="OData.Community.Display.V1.FormattedValue"',
    );
    expect(out[`_parentcontactid_value${FV}`]).toBe('Ann Lee');
    expect(out[`statecode${FV}`]).toBe('Qualified');
    expect(out).not.toHaveProperty(`_parentcontactid_value${LOGICAL}`);
    expect(out).not.toHaveProperty(`_parentcontactid_value${NAV}`);
    const lookupOnly = format(
      LEAD,
      guid(11),
      '$select=_parentcontactid_value',
      'odata.include-annotations="Microsoft.Dynamics.CRM.*"',
    );
    expect(Object.keys(lookupOnly).sort()).toEqual(
      [
        '@odata.etag',
        '_parentcontactid_value',
        `_parentcontactid_value${LOGICAL}`,
        `_parentcontactid_value${NAV}`,
        'leadid',
      ].sort(),
    );
  });

  it("names a polymorphic lookup's navigation property for the table it points at", () => {
    const out = format(CONTACT, guid(1), '$select=_parentcustomerid_value', 'odata.include-annotations="*"');
    expect(out[`_parentcustomerid_value${NAV}`]).toBe('parentcustomerid_account');
    expect(out[`_parentcustomerid_value${LOGICAL}`]).toBe('account');
    expect(out[`_parentcustomerid_value${FV}`]).toBe('Contoso Ltd');
  });

  it('expands a single-valued navigation property as an object, or null', () => {
    const out = format(LEAD, guid(11), '$select=subject&$expand=parentcontactid($select=fullname,marketingonly)');
    expect(out.parentcontactid).toEqual({ fullname: 'Ann Lee', marketingonly: true, contactid: guid(1) });
    w.insert(LEAD, guid(19), { subject: 'Orphan' });
    expect(
      format(LEAD, guid(19), '$select=subject&$expand=parentcontactid($select=fullname)').parentcontactid,
    ).toBeNull();
    // A $filter on a single-valued expansion returns null when the related row does not match.
    expect(
      format(LEAD, guid(11), '$select=subject&$expand=parentcontactid($filter=marketingonly eq false)').parentcontactid,
    ).toBeNull();
  });

  it('expands a collection-valued navigation property as an array with its own select, filter, order and top', () => {
    const out = format(
      CONTACT,
      guid(1),
      '$select=fullname&$expand=lead_parent_contact($select=subject;$filter=statecode eq 0;$orderby=createdon desc;$top=1)',
    );
    const lead13 = w.store.get('lead', guid(13))!;
    expect(out.lead_parent_contact).toEqual([
      { '@odata.etag': `W/"${lead13.version}"`, subject: 'Third', _parentcontactid_value: guid(1), leadid: guid(13) },
    ]);
    const none = format(CONTACT, guid(2), '$select=fullname&$expand=lead_parent_contact($select=subject)');
    expect(none.lead_parent_contact).toEqual([]);
  });

  it('expands nested navigations', () => {
    const out = format(
      ACCOUNT,
      guid(21),
      '$select=name&$expand=contact_customer_accounts($select=fullname;$expand=lead_parent_contact($select=subject))',
    );
    const contacts = out.contact_customer_accounts as {
      fullname: string;
      lead_parent_contact: { subject: string }[];
    }[];
    expect(contacts.map((c) => c.fullname)).toEqual(['Ann Lee']);
    expect(contacts[0]!.lead_parent_contact.map((l) => l.subject)).toEqual([
      'Contoso Ltd Conference',
      'Second',
      'Third',
    ]);
  });

  it('links an expanded collection to its own URL when given the service root', () => {
    const options = parseQueryOptions(
      new URLSearchParams('$expand=lead_parent_contact($select=subject;$top=2)'),
      CONTACT,
      w.catalog,
    );
    const out = formatRow(w.store.get('contact', guid(1))!, CONTACT, w.catalog, {
      expand: options.expand,
      annotations: AnnotationFilter.none,
      store: w.store,
      serviceRoot: 'http://127.0.0.1:7070/api/data/v9.2/',
    });
    expect(out['lead_parent_contact@odata.nextLink']).toBe(
      `http://127.0.0.1:7070/api/data/v9.2/contacts(${guid(1)})/lead_parent_contact?$select=subject&$top=2`,
    );
  });

  it('formatRows shapes a page the same way as formatRow', () => {
    const rows = [w.store.get('lead', guid(11))!, w.store.get('lead', guid(12))!];
    const options = { annotations: '*' as const, store: w.store };
    expect(formatRows(rows, LEAD, w.catalog, options)).toEqual(rows.map((r) => formatRow(r, LEAD, w.catalog, options)));
  });
});

describe('Prefer header', () => {
  it('reads odata.maxpagesize among other preferences, ignoring values it cannot honour', () => {
    expect(parseMaxPageSize('odata.include-annotations="A,B", odata.maxpagesize=50')).toBe(50);
    expect(parseMaxPageSize('odata.maxpagesize=0')).toBeUndefined();
    expect(parseMaxPageSize('odata.maxpagesize=ten')).toBeUndefined();
    expect(parseMaxPageSize(undefined)).toBeUndefined();
  });

  it('reads include-annotations patterns, wildcards and exclusions', () => {
    const all = parseAnnotationPreference('odata.include-annotations="*"');
    expect(all.includes('OData.Community.Display.V1.FormattedValue')).toBe(true);
    const none = parseAnnotationPreference(undefined);
    expect(none.includes('OData.Community.Display.V1.FormattedValue')).toBe(false);
    const crm = parseAnnotationPreference(
      'return=representation, odata.include-annotations="Microsoft.Dynamics.CRM.*,-Microsoft.Dynamics.CRM.lookuplogicalname"',
    );
    expect(crm.includes('Microsoft.Dynamics.CRM.associatednavigationproperty')).toBe(true);
    expect(crm.includes('Microsoft.Dynamics.CRM.lookuplogicalname')).toBe(false);
    expect(crm.includes('OData.Community.Display.V1.FormattedValue')).toBe(false);
    const allButFormatted = new AnnotationFilter(['*', '-OData.Community.Display.V1.FormattedValue']);
    expect(allButFormatted.includes('OData.Community.Display.V1.FormattedValue')).toBe(false);
    expect(allButFormatted.includes('Microsoft.Dynamics.CRM.lookuplogicalname')).toBe(true);
  });
});
