import { ACCOUNT, CONTACT, LEAD, q } from './fixtures';
import { A1, C1, C2, C3, C4, filterWorld, L1, L2, L3, L4, L5 } from './filterData';

const w = filterWorld();
const leads = (filter: string, extra = '') => w.ids(LEAD, q({ $filter: filter }) + extra);
const contacts = (filter: string) => w.ids(CONTACT, q({ $filter: filter }));

describe('$filter comparisons', () => {
  it('compares strings case- and accent-insensitively, as the CI_AI collation does', () => {
    expect(leads("subject eq 'CONTOSO LTD CONFERENCE'")).toEqual([L1, L2]);
    expect(leads("lastname eq 'eclair'")).toEqual([L5]);
    expect(leads("lastname gt 'O'")).toEqual([L2, L3]);
  });

  it("finds O'Brien with the doubled quote", () => {
    expect(leads("lastname eq 'O''Brien'")).toEqual([L2]);
  });

  it('treats eq null / ne null as null tests, and leaves null columns out of other comparisons', () => {
    expect(leads('subject eq null')).toEqual([L5]);
    expect(leads('subject ne null')).toEqual([L1, L2, L3, L4]);
    expect(leads("subject ne 'Fabrikam webinar'")).toEqual([L1, L2, L4]);
    expect(leads('numberofemployees ne 5')).toEqual([L1, L2]);
  });

  it('compares whole numbers and money with each operator', () => {
    expect(leads('numberofemployees eq 10')).toEqual([L1]);
    expect(leads('numberofemployees gt 10')).toEqual([L2]);
    expect(leads('numberofemployees ge 10')).toEqual([L1, L2]);
    expect(leads('numberofemployees lt 10')).toEqual([L4]);
    expect(leads('numberofemployees le 10')).toEqual([L1, L4]);
    expect(leads('revenue gt 1000')).toEqual([L2]);
    expect(leads('revenue eq 2500.5')).toEqual([L2]);
    expect(leads('revenue eq 0')).toEqual([L4]);
  });

  it('compares date-times with date-time and date literals', () => {
    expect(leads('createdon ge 2024-01-01T00:00:00Z')).toEqual([L1, L2, L4]);
    expect(leads('createdon lt 2024-01-01')).toEqual([L3]);
    expect(leads('createdon eq 2024-02-01T02:00:00+02:00')).toEqual([L2]);
  });

  it('compares choices as numbers and Booleans as Booleans', () => {
    expect(leads('statecode eq 0')).toEqual([L1, L3, L5]);
    expect(leads('leadqualitycode le 2')).toEqual([L1, L2]);
    expect(leads('donotemail eq true')).toEqual([L2]);
    expect(leads('donotemail')).toEqual([L2]);
    expect(leads('not donotemail')).toEqual([L1, L4]);
  });

  it('compares lookups on their GUID, quoted or not, in any case', () => {
    expect(leads(`_parentcontactid_value eq ${C1}`)).toEqual([L1, L5]);
    expect(leads(`_parentcontactid_value eq '${C1}'`)).toEqual([L1, L5]);
    expect(leads(`_parentcontactid_value eq ${C1.toUpperCase()}`)).toEqual([L1, L5]);
    expect(leads('_parentcontactid_value eq null')).toEqual([L3]);
    expect(leads(`leadid eq ${L4}`)).toEqual([L4]);
  });

  it('compares two columns of the same row', () => {
    expect(leads('lastname eq fullname')).toEqual([]);
    expect(w.ids(CONTACT, q({ $filter: 'fullname ne lastname' }))).toEqual([C1, C2, C3, C4]);
  });

  it('reads through a single-valued navigation property', () => {
    expect(leads("parentcontactid/fullname eq 'ann lee'")).toEqual([L1, L5]);
    expect(leads('parentcontactid/accountrolecode eq 2')).toEqual([L2]);
    expect(leads(`parentcontactid/contactid eq ${C3}`)).toEqual([L4]);
  });

  it('treats an alias without a value as null', () => {
    expect(leads('subject eq @missing')).toEqual([L5]);
    expect(leads('lastname eq @name', `&@name=${encodeURIComponent("'Durand'")}`)).toEqual([L4]);
  });
});

describe('$filter logic', () => {
  it('evaluates and before or', () => {
    expect(leads('statecode eq 0 or statecode eq 1 and donotemail eq false')).toEqual([L1, L3, L5]);
    expect(leads('(statecode eq 0 or statecode eq 1) and donotemail eq false')).toEqual([L1]);
  });

  it('compares a condition with a Boolean literal', () => {
    expect(leads("contains(subject,'ltd') eq false")).toEqual([L3, L4]);
    expect(leads("contains(subject,'ltd') eq true")).toEqual([L1, L2]);
  });

  it('negates with not, keeping rows whose value is unknown out', () => {
    expect(leads('not (statecode eq 0)')).toEqual([L2, L4]);
    expect(leads("not contains(subject,'contoso')")).toEqual([L3, L4]);
    expect(leads('not (numberofemployees gt 5)')).toEqual([L4]);
  });
});

describe('$filter string functions', () => {
  it('matches contains, startswith and endswith without regard to case', () => {
    expect(leads("contains(subject,'LTD')")).toEqual([L1, L2]);
    expect(leads("startswith(subject,'fab')")).toEqual([L3]);
    expect(leads("endswith(subject,'WEBINAR')")).toEqual([L3]);
    expect(leads("startswith(lastname,'e')")).toEqual([L5]);
  });

  it('honours SQL wildcards inside the value, as Dataverse documents', () => {
    expect(leads("contains(subject,'100[%]')")).toEqual([L4]);
    expect(leads("startswith(lastname,'O_Brien')")).toEqual([L2]);
    expect(leads("startswith(lastname,'[dl]')")).toEqual([L1, L4]);
  });
});

describe('Microsoft.Dynamics.CRM query functions', () => {
  it('In with an inline array', () => {
    expect(leads("Microsoft.Dynamics.CRM.In(PropertyName='lastname',PropertyValues=['lee','Durand'])")).toEqual([
      L1,
      L4,
    ]);
  });

  it("In with parameter aliases and a JSON array in double quotes, so O'Brien needs no escaping", () => {
    const aliases = `&@p1=${encodeURIComponent("'lastname'")}&@p2=${encodeURIComponent('["O\'Brien"]')}`;
    expect(leads('Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)', aliases)).toEqual([L2]);
    // "OBrian" also matches Obrian: the comparison ignores case.
    const both = `&@p1=${encodeURIComponent("'lastname'")}&@p2=${encodeURIComponent('["OBrian","O\'Brien"]')}`;
    expect(leads('Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)', both)).toEqual([L2, L3]);
  });

  it('In with an alias holding a single-quoted array without apostrophes', () => {
    const aliases = `&@p1=${encodeURIComponent("'lastname'")}&@p2=${encodeURIComponent("['Lee','Obrian']")}`;
    expect(leads('Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)', aliases)).toEqual([L1, L3]);
  });

  it("rejects a single-quoted alias value containing a quote with Dataverse's documented error", () => {
    const aliases = `&@p1=${encodeURIComponent("'lastname'")}&@p2=${encodeURIComponent("['OBrian','O'Brien']")}`;
    expect(() => leads('Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)', aliases)).toThrow(
      "Invalid JSON. A comma character ',' was expected in scope 'Array'. Every two elements in an array and properties of an object must be separated by commas.",
    );
  });

  it('In converts string values to the column type: choices, and lookups by logical name', () => {
    expect(leads("Microsoft.Dynamics.CRM.In(PropertyName='statecode',PropertyValues=['1','2'])")).toEqual([L2, L4]);
    expect(leads(`Microsoft.Dynamics.CRM.In(PropertyName='parentcontactid',PropertyValues=['${C1}'])`)).toEqual([
      L1,
      L5,
    ]);
    expect(
      leads(`Microsoft.Dynamics.CRM.In(PropertyName='_parentcontactid_value',PropertyValues=["{${C2}}"])`),
    ).toEqual([L2]);
  });

  it('NotIn, Null, NotNull, Between, NotBetween', () => {
    expect(leads("Microsoft.Dynamics.CRM.NotIn(PropertyName='lastname',PropertyValues=['Lee'])")).toEqual([
      L2,
      L3,
      L4,
      L5,
    ]);
    expect(leads("Microsoft.Dynamics.CRM.Null(PropertyName='revenue')")).toEqual([L3, L5]);
    expect(leads("Microsoft.Dynamics.CRM.NotNull(PropertyName='revenue')")).toEqual([L1, L2, L4]);
    expect(
      leads('Microsoft.Dynamics.CRM.Between(PropertyName=\'numberofemployees\',PropertyValues=["5","10"])'),
    ).toEqual([L1, L4]);
    expect(
      leads('Microsoft.Dynamics.CRM.NotBetween(PropertyName=\'numberofemployees\',PropertyValues=["5","10"])'),
    ).toEqual([L2]);
  });

  it('date functions are relative to the query clock (UTC days)', () => {
    const now = new Date('2024-03-16T10:00:00Z');
    const run = (filter: string) => w.ids(LEAD, q({ $filter: filter }), { now });
    expect(run("Microsoft.Dynamics.CRM.LastXDays(PropertyName='createdon',PropertyValue=2)")).toEqual([L4]);
    expect(run("Microsoft.Dynamics.CRM.LastXDays(PropertyName='createdon',PropertyValue=50)")).toEqual([L2, L4]);
    expect(run("Microsoft.Dynamics.CRM.Yesterday(PropertyName='createdon')")).toEqual([L4]);
    expect(run("Microsoft.Dynamics.CRM.Today(PropertyName='createdon')")).toEqual([]);
    expect(run("Microsoft.Dynamics.CRM.OnOrAfter(PropertyName='createdon',PropertyValue='2024-02-01')")).toEqual([
      L2,
      L4,
    ]);
    expect(run("Microsoft.Dynamics.CRM.OnOrBefore(PropertyName='createdon',PropertyValue='2024-01-10')")).toEqual([
      L1,
      L3,
    ]);
    expect(run("Microsoft.Dynamics.CRM.On(PropertyName='createdon',PropertyValue='2023-12-31')")).toEqual([L3]);
    expect(run("Microsoft.Dynamics.CRM.OlderThanXDays(PropertyName='createdon',PropertyValue=60)")).toEqual([L1, L3]);
  });
});

describe('lambda operators over lead_parent_contact', () => {
  it('any: contacts with a lead whose Topic matches (case-insensitively)', () => {
    expect(contacts("lead_parent_contact/any(l:l/subject eq 'Contoso Ltd Conference')")).toEqual([C1, C2]);
    expect(contacts('lead_parent_contact/any(l:l/statecode eq 2)')).toEqual([C3]);
  });

  it('any() without a condition: contacts that have leads at all', () => {
    expect(contacts('lead_parent_contact/any()')).toEqual([C1, C2, C3]);
    expect(contacts('not lead_parent_contact/any()')).toEqual([C4]);
  });

  it('all: every lead matches (true for a contact without leads)', () => {
    expect(contacts('lead_parent_contact/all(l:l/statecode eq 0)')).toEqual([C1, C4]);
  });

  it("mixes the lead's columns with the contact's own inside the lambda", () => {
    expect(contacts('lead_parent_contact/any(l:l/statecode eq 0 and accountrolecode eq 1)')).toEqual([C1]);
    expect(contacts("lead_parent_contact/any(l:contains(l/subject,'contoso')) and marketingonly eq false")).toEqual([
      C2,
    ]);
  });

  it('nests lambdas: accounts with a contact that has a disqualified lead', () => {
    const nested = 'contact_customer_accounts/any(c:c/lead_parent_contact/any(l:l/statecode eq 2))';
    expect(w.ids(ACCOUNT, q({ $filter: nested }))).toEqual([A1]);
    expect(
      w.ids(ACCOUNT, q({ $filter: 'contact_customer_accounts/any(c:c/lead_parent_contact/any(l:l/statecode eq 1))' })),
    ).toEqual([]);
  });

  it('sees leads inserted after an earlier query', () => {
    const local = filterWorld();
    expect(local.ids(CONTACT, q({ $filter: "lead_parent_contact/any(l:l/subject eq 'Late')" }))).toEqual([]);
    local.insert(LEAD, 'ffffffff-0000-4000-8000-000000000099', {
      subject: 'Late',
      parentcontactid: { id: C4, logicalName: 'contact' },
    });
    expect(local.ids(CONTACT, q({ $filter: "lead_parent_contact/any(l:l/subject eq 'Late')" }))).toEqual([C4]);
  });
});
