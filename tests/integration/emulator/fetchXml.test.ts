import { XMLParser } from 'fast-xml-parser';
import type { Emulator } from '../../../emulator';
import { ACCOUNT, CONTACT, LEAD } from '../../../schema/names';
import { create, errorOf, get, objectOf, rowsOf, startEmulator, type JsonObject } from './helpers/http';
import { FETCH_ANNOTATION } from './helpers/names';

/**
 * FetchXML over HTTP: `GET /<set>?fetchXml=<URL-encoded query>` ("Use FetchXml to query data", Web API tab):
 * conditions, link-entity joins, aggregates and paging with the paging cookie.
 */

let emu: Emulator;
const ids: Record<string, string> = {};

beforeAll(async () => {
  emu = await startEmulator();
  ids.adventure = await create(emu, ACCOUNT.set, { [ACCOUNT.name]: 'Adventure Works' });
  ids.fabrikam = await create(emu, ACCOUNT.set, { [ACCOUNT.name]: 'Fabrikam, Inc.' });
  const contact = (first: string, last: string, account?: string) =>
    create(emu, CONTACT.set, {
      [CONTACT.firstName]: first,
      [CONTACT.lastName]: last,
      ...(account ? { [`${CONTACT.parentCustomerAccountNav}@odata.bind`]: `/${ACCOUNT.set}(${account})` } : {}),
    });
  ids.king = await contact('Robert', 'King', ids.adventure);
  ids.leverling = await contact('Janet', 'Leverling', ids.fabrikam);
  ids.callahan = await contact('Laura', 'Callahan');
  const lead = (last: string, subject: string, parent?: string) =>
    create(emu, LEAD.set, {
      [LEAD.lastName]: last,
      [LEAD.subject]: subject,
      ...(parent ? { [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${parent})` } : {}),
    });
  await lead('Davolio', 'Contoso Ltd Conference', ids.king);
  await lead('Fuller', 'Contoso Ltd Conference', ids.callahan);
  await lead("O'Brien", 'Trade show visit');
  await lead('Peacock', 'Webinar', ids.leverling);
  await lead('Suyama', 'Trade show visit');
});

afterAll(() => emu.stop());

const fetchXml = (set: string, xml: string, headers: Record<string, string> = {}) =>
  get(emu, `${set}?fetchXml=${encodeURIComponent(xml)}`, headers);
const PAGING_PREFER = {
  Prefer: `odata.include-annotations="${FETCH_ANNOTATION.pagingCookie},${FETCH_ANNOTATION.moreRecords}"`,
};

test('conditions: a value with a single quote needs only XML escaping', async () => {
  const xml = `<fetch><entity name="${LEAD.table}"><attribute name="${LEAD.lastName}"/>
    <filter><condition attribute="${LEAD.lastName}" operator="eq" value="O&apos;Brien"/></filter></entity></fetch>`;
  expect(rowsOf(await fetchXml(LEAD.set, xml)).map((r) => r[LEAD.lastName])).toEqual(["O'Brien"]);
});

test('conditions: like, in and null, combined with or', async () => {
  const xml = `<fetch><entity name="${LEAD.table}"><attribute name="${LEAD.lastName}"/><order attribute="${LEAD.lastName}"/>
    <filter type="or">
      <condition attribute="${LEAD.subject}" operator="like" value="Web%"/>
      <condition attribute="${LEAD.lastName}" operator="in"><value>Suyama</value><value>Nobody</value></condition>
      <condition attribute="${LEAD.parentContact}" operator="null"/>
    </filter></entity></fetch>`;
  expect(rowsOf(await fetchXml(LEAD.set, xml)).map((r) => r[LEAD.lastName])).toEqual(["O'Brien", 'Peacock', 'Suyama']);
});

test('an inner link-entity with its own filter: only rows with a matching related row, linked columns named alias.column', async () => {
  const xml = `<fetch><entity name="${CONTACT.table}"><attribute name="${CONTACT.fullName}"/>
    <link-entity name="${ACCOUNT.table}" from="${ACCOUNT.id}" to="parentcustomerid" alias="a" link-type="inner">
      <attribute name="${ACCOUNT.name}"/>
      <filter><condition attribute="${ACCOUNT.name}" operator="eq" value="Adventure Works"/></filter>
    </link-entity></entity></fetch>`;
  const rows = rowsOf(await fetchXml(CONTACT.set, xml));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    [CONTACT.id]: ids.king,
    [CONTACT.fullName]: 'Robert King',
    [`a.${ACCOUNT.name}`]: 'Adventure Works',
  });
});

test('an outer link-entity keeps rows without a related row', async () => {
  const xml = `<fetch><entity name="${LEAD.table}"><attribute name="${LEAD.lastName}"/><order attribute="${LEAD.lastName}"/>
    <link-entity name="${CONTACT.table}" from="${CONTACT.id}" to="${LEAD.parentContact}" alias="c" link-type="outer">
      <attribute name="${CONTACT.fullName}"/>
    </link-entity></entity></fetch>`;
  const rows = rowsOf(await fetchXml(LEAD.set, xml));
  expect(rows.map((r) => [r[LEAD.lastName], r[`c.${CONTACT.fullName}`] ?? null])).toEqual([
    ['Davolio', 'Robert King'],
    ['Fuller', 'Laura Callahan'],
    ["O'Brien", null],
    ['Peacock', 'Janet Leverling'],
    ['Suyama', null],
  ]);
});

test('aggregate count, in total and grouped', async () => {
  const total = `<fetch aggregate="true"><entity name="${LEAD.table}"><attribute name="${LEAD.id}" alias="n" aggregate="count"/></entity></fetch>`;
  expect(rowsOf(await fetchXml(LEAD.set, total))).toEqual([{ n: 5 }]);
  const grouped = `<fetch aggregate="true"><entity name="${LEAD.table}">
    <attribute name="${LEAD.subject}" alias="topic" groupby="true"/><attribute name="${LEAD.id}" alias="n" aggregate="count"/>
    <order alias="topic"/></entity></fetch>`;
  const rows = rowsOf(await fetchXml(LEAD.set, grouped)).map((r) => [r.topic, r.n]);
  expect(rows).toEqual([
    ['Contoso Ltd Conference', 2],
    ['Trade show visit', 2],
    ['Webinar', 1],
  ]);
});

/** What a client does with the paging-cookie annotation ("Page results using FetchXml"): the inner cookie, decoded twice. */
function innerCookie(annotation: string): string {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(annotation) as {
    cookie?: { pagingcookie?: string };
  };
  return decodeURIComponent(decodeURIComponent(parsed.cookie?.pagingcookie ?? ''));
}

const xmlAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test('paging with the paging cookie: every row once; morerecords and the cookie only while there is more', async () => {
  const page = (n: number, cookie?: string) =>
    `<fetch count="2" page="${n}"${cookie ? ` paging-cookie="${xmlAttribute(cookie)}"` : ''}>
      <entity name="${LEAD.table}"><attribute name="${LEAD.lastName}"/><order attribute="${LEAD.lastName}"/></entity></fetch>`;
  const names: unknown[] = [];
  let cookie: string | undefined;
  for (let n = 1; n <= 5; n++) {
    const body = objectOf(await fetchXml(LEAD.set, page(n, cookie), PAGING_PREFER));
    names.push(...(body.value as JsonObject[]).map((r) => r[LEAD.lastName]));
    if (body[`@${FETCH_ANNOTATION.moreRecords}`] !== true) {
      expect(body[`@${FETCH_ANNOTATION.pagingCookie}`]).toBeUndefined();
      break;
    }
    const annotation = body[`@${FETCH_ANNOTATION.pagingCookie}`];
    expect(typeof annotation).toBe('string');
    expect(String(annotation)).toMatch(new RegExp(`^<cookie pagenumber="${n + 1}" pagingcookie="`));
    cookie = innerCookie(String(annotation));
  }
  expect(names).toEqual(['Davolio', 'Fuller', "O'Brien", 'Peacock', 'Suyama']);
});

test('without the annotations in Prefer, the paging annotations are not sent', async () => {
  const xml = `<fetch count="2" page="1"><entity name="${LEAD.table}"><attribute name="${LEAD.lastName}"/></entity></fetch>`;
  const body = objectOf(await fetchXml(LEAD.set, xml));
  expect(body.value).toHaveLength(2);
  expect(body[`@${FETCH_ANNOTATION.pagingCookie}`]).toBeUndefined();
  expect(body[`@${FETCH_ANNOTATION.moreRecords}`]).toBeUndefined();
});

test('a fetch for another table than the entity set is refused', async () => {
  const xml = `<fetch><entity name="${CONTACT.table}"><attribute name="${CONTACT.fullName}"/></entity></fetch>`;
  const reply = await fetchXml(LEAD.set, xml);
  expect(reply.status).toBe(400);
  expect(errorOf(reply).message).toContain(CONTACT.table);
});

test('FetchXML that is not well-formed is refused with a 400', async () => {
  const reply = await fetchXml(
    LEAD.set,
    `<fetch><entity name="${LEAD.table}"><attribute name="${LEAD.lastName}"></entity></fetch>`,
  );
  expect(reply.status).toBe(400);
  expect(errorOf(reply).message).toBeTruthy();
});

test('an unknown attribute in FetchXML is refused naming it', async () => {
  const reply = await fetchXml(
    LEAD.set,
    `<fetch><entity name="${LEAD.table}"><attribute name="nosuchcolumn"/></entity></fetch>`,
  );
  expect(reply.status).toBe(400);
  expect(errorOf(reply).message).toContain('nosuchcolumn');
});
