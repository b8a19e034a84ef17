import { guid, ref, run, Seeder } from './fixtures';

/** Contacts with one column each operator can tell apart; `now` is fixed so date windows are exact. */
const NOW = new Date('2026-03-15T12:00:00Z');

function seed(): Seeder {
  const s = new Seeder();
  const fabrikam = s.account({ name: 'Fabrikam' });
  s.contact({
    firstname: 'Ann',
    lastname: "O'Brien",
    fullname: "Ann O'Brien",
    emailaddress1: 'ann@contoso.com',
    accountrolecode: 1,
    annualincome: 50000,
    createdon: '2026-03-01T10:00:00Z',
    donotbulkemail: false,
    parentcustomerid: ref('account', fabrikam),
  });
  s.contact({
    firstname: 'Bob',
    lastname: 'Smith',
    fullname: 'Bob Smith',
    emailaddress1: 'bob@fabrikam.com',
    accountrolecode: 2,
    annualincome: 75000,
    createdon: '2026-03-10T08:00:00Z',
    donotbulkemail: true,
  });
  s.contact({
    firstname: 'Carla',
    lastname: 'Smithers',
    fullname: 'Carla Smithers',
    accountrolecode: 3,
    createdon: '2026-02-01T00:00:00Z',
  });
  s.contact({
    firstname: 'Dan',
    lastname: 'Jones',
    fullname: 'Dan Jones',
    emailaddress1: 'dan_x@contoso.com',
    jobtitle: '100% Owner',
    annualincome: 120000,
    createdon: '2026-03-14T23:59:00Z',
  });
  s.contact({
    firstname: 'Eve',
    lastname: 'Adams',
    fullname: 'Eve Adams',
    jobtitle: '100 Owners',
    createdon: '2026-03-17T09:00:00Z',
  });
  return s;
}

const data = seed();

/** The first names of the contacts a filter keeps, sorted. */
function matching(filter: string): string[] {
  const xml = `<fetch><entity name="contact"><attribute name="firstname"/><filter>${filter}</filter></entity></fetch>`;
  return run(data, xml, { now: () => NOW })
    .value.map((row) => String(row.firstname))
    .sort();
}

const c = (attribute: string, operator: string, value?: string) =>
  `<condition attribute="${attribute}" operator="${operator}"${value === undefined ? '' : ` value="${value}"`}/>`;

describe('FetchXML condition operators', () => {
  test('eq compares text without regard to case', () => {
    expect(matching(c('lastname', 'eq', 'smith'))).toEqual(['Bob']);
  });

  test('ne and neq also match a null column, as Dataverse compiles ne to "<> value OR IS NULL"', () => {
    expect(matching(c('emailaddress1', 'ne', 'ann@contoso.com'))).toEqual(['Bob', 'Carla', 'Dan', 'Eve']);
    expect(matching(c('emailaddress1', 'neq', 'ANN@contoso.com'))).toEqual(['Bob', 'Carla', 'Dan', 'Eve']);
  });

  test('null and not-null', () => {
    expect(matching(c('emailaddress1', 'null'))).toEqual(['Carla', 'Eve']);
    expect(matching(c('emailaddress1', 'not-null'))).toEqual(['Ann', 'Bob', 'Dan']);
  });

  test('in takes <value> children; not-in leaves out nulls', () => {
    expect(
      matching('<condition attribute="accountrolecode" operator="in"><value>1</value><value>3</value></condition>'),
    ).toEqual(['Ann', 'Carla']);
    expect(
      matching('<condition attribute="lastname" operator="in"><value>JONES</value><value>adams</value></condition>'),
    ).toEqual(['Dan', 'Eve']);
    expect(matching('<condition attribute="accountrolecode" operator="not-in"><value>1</value></condition>')).toEqual([
      'Bob',
      'Carla',
    ]);
  });

  test('like: % and _ are wildcards, [ ] a character class, matching ignores case', () => {
    expect(matching(c('emailaddress1', 'like', '%@contoso.com'))).toEqual(['Ann', 'Dan']);
    expect(matching(c('fullname', 'like', 'BOB%'))).toEqual(['Bob']);
    expect(matching(c('fullname', 'like', 'B_b Smith'))).toEqual(['Bob']);
    expect(matching(c('jobtitle', 'like', '100[%]%'))).toEqual(['Dan']);
    expect(matching(c('jobtitle', 'like', '100%'))).toEqual(['Dan', 'Eve']);
    expect(matching(c('emailaddress1', 'like', 'dan[_]x%'))).toEqual(['Dan']);
  });

  test('like treats regular-expression characters as text', () => {
    expect(matching(c('fullname', 'like', 'A.n%'))).toEqual([]);
    expect(matching(c('fullname', 'like', "Ann O'Brien"))).toEqual(['Ann']);
  });

  test('not-like', () => {
    expect(matching(c('emailaddress1', 'not-like', '%contoso%'))).toEqual(['Bob']);
  });

  test('begins-with, ends-with and their negations', () => {
    expect(matching(c('lastname', 'begins-with', 'SM'))).toEqual(['Bob', 'Carla']);
    expect(matching(c('lastname', 'not-begin-with', 'sm'))).toEqual(['Ann', 'Dan', 'Eve']);
    expect(matching(c('lastname', 'ends-with', 'ERS'))).toEqual(['Carla']);
    expect(matching(c('lastname', 'not-end-with', 'ers'))).toEqual(['Ann', 'Bob', 'Dan', 'Eve']);
  });

  test('begins-with and ends-with are LIKE conditions: wildcards in the value stay wildcards, [%] is a percent', () => {
    expect(matching(c('jobtitle', 'begins-with', '100%'))).toEqual(['Dan', 'Eve']);
    expect(matching(c('jobtitle', 'begins-with', '100[%]'))).toEqual(['Dan']);
    expect(matching(c('jobtitle', 'ends-with', 'Owner_'))).toEqual(['Eve']);
  });

  test('text compares without regard to accents, as the OData engine does', () => {
    expect(matching(c('firstname', 'eq', 'ÄNN'))).toEqual(['Ann']);
    expect(matching(c('lastname', 'like', "o'bri_n"))).toEqual(['Ann']);
  });

  test('gt, ge, lt, le compare numbers; nulls never match', () => {
    expect(matching(c('annualincome', 'gt', '75000'))).toEqual(['Dan']);
    expect(matching(c('annualincome', 'ge', '75000'))).toEqual(['Bob', 'Dan']);
    expect(matching(c('annualincome', 'lt', '75000'))).toEqual(['Ann']);
    expect(matching(c('annualincome', 'le', '75000.00'))).toEqual(['Ann', 'Bob']);
  });

  test('gt and lt compare dates and text', () => {
    expect(matching(c('createdon', 'gt', '2026-03-10T08:00:00Z'))).toEqual(['Dan', 'Eve']);
    expect(matching(c('lastname', 'lt', 'jones'))).toEqual(['Eve']);
  });

  test('between and not-between take two values', () => {
    const between = (op: string) =>
      `<condition attribute="annualincome" operator="${op}"><value>50000</value><value>75000</value></condition>`;
    expect(matching(between('between'))).toEqual(['Ann', 'Bob']);
    expect(matching(between('not-between'))).toEqual(['Dan']);
  });

  test('on, on-or-after, on-or-before compare whole days', () => {
    expect(matching(c('createdon', 'on', '2026-03-14'))).toEqual(['Dan']);
    expect(matching(c('createdon', 'on-or-after', '2026-03-10'))).toEqual(['Bob', 'Dan', 'Eve']);
    expect(matching(c('createdon', 'on-or-before', '2026-03-01'))).toEqual(['Ann', 'Carla']);
  });

  test('last-x-days runs from midnight x days ago to now; next-x-days from now forward', () => {
    expect(matching(c('createdon', 'last-x-days', '7'))).toEqual(['Bob', 'Dan']);
    expect(matching(c('createdon', 'last-x-days', '14'))).toEqual(['Ann', 'Bob', 'Dan']);
    expect(matching(c('createdon', 'next-x-days', '3'))).toEqual(['Eve']);
    expect(matching(c('createdon', 'next-x-days', '1'))).toEqual([]);
  });

  test('today, yesterday and olderthan-x-days', () => {
    expect(matching(c('createdon', 'yesterday'))).toEqual(['Dan']);
    expect(matching(c('createdon', 'today'))).toEqual([]);
    expect(matching(c('createdon', 'olderthan-x-days', '30'))).toEqual(['Carla']);
  });

  test('calendar periods: weeks start on Sunday (the 15th), months and years are calendar ones', () => {
    expect(matching(c('createdon', 'this-week'))).toEqual(['Eve']);
    expect(matching(c('createdon', 'last-week'))).toEqual(['Bob', 'Dan']);
    expect(matching(c('createdon', 'next-week'))).toEqual([]);
    expect(matching(c('createdon', 'this-month'))).toEqual(['Ann', 'Bob', 'Dan', 'Eve']);
    expect(matching(c('createdon', 'last-month'))).toEqual(['Carla']);
    expect(matching(c('createdon', 'this-year'))).toEqual(['Ann', 'Bob', 'Carla', 'Dan', 'Eve']);
    expect(matching(c('createdon', 'last-seven-days'))).toEqual(['Bob', 'Dan']);
  });

  test('last-x-months, last-x-weeks and olderthan-x-months count calendar units back from today', () => {
    expect(matching(c('createdon', 'last-x-months', '1'))).toEqual(['Ann', 'Bob', 'Dan']);
    expect(matching(c('createdon', 'last-x-weeks', '1'))).toEqual(['Bob', 'Dan']);
    expect(matching(c('createdon', 'olderthan-x-months', '1'))).toEqual(['Carla']);
    expect(matching(c('createdon', 'next-x-weeks', '1'))).toEqual(['Eve']);
  });

  test('booleans accept 1/0 and true/false', () => {
    expect(matching(c('donotbulkemail', 'eq', '1'))).toEqual(['Bob']);
    expect(matching(c('donotbulkemail', 'eq', 'true'))).toEqual(['Bob']);
    expect(matching(c('donotbulkemail', 'eq', 'false'))).toEqual(['Ann']);
  });

  test('a lookup compares with a GUID, in braces and upper case as tools write it', () => {
    const fabrikam = guid(1);
    expect(matching(c('parentcustomerid', 'eq', `{${fabrikam.toUpperCase()}}`))).toEqual(['Ann']);
    expect(matching(c('contactid', 'eq', guid(3)))).toEqual(['Bob']);
  });

  test('or filters and nested filters combine', () => {
    const filter = `<filter type="or">${c('lastname', 'eq', 'Jones')}<filter>${c('accountrolecode', 'eq', '2')}${c('donotbulkemail', 'eq', '1')}</filter></filter>`;
    expect(matching(filter)).toEqual(['Bob', 'Dan']);
  });

  test('an empty filter keeps every row', () => {
    expect(matching('<filter type="or"/>')).toEqual(['Ann', 'Bob', 'Carla', 'Dan', 'Eve']);
  });
});
