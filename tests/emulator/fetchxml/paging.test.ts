import { ANNOTATION, readPagingCookie } from '../../../emulator/fetchxml';
import { XMLParser } from 'fast-xml-parser';
import { faultOf, run, Seeder } from './fixtures';

const PAGING_ANNOTATIONS = [ANNOTATION.pagingCookie, ANNOTATION.moreRecords];

/** What a client does with the annotation ("Page results using FetchXml"): the pagingcookie attribute, decoded twice. */
function innerCookie(annotation: string): string {
  const parsed: unknown = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(annotation);
  const cookie = (parsed as { cookie?: { pagingcookie?: unknown } }).cookie;
  if (typeof cookie?.pagingcookie !== 'string') throw new Error(`no pagingcookie in ${annotation}`);
  return decodeURIComponent(decodeURIComponent(cookie.pagingcookie));
}

function xmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
}

const pageXml = (page: number, cookie?: string, order = '') =>
  `<fetch count="5000" page="${page}"${cookie ? ` paging-cookie='${xmlAttribute(cookie)}'` : ''}>
    <entity name="contact"><attribute name="fullname"/>${order}</entity></fetch>`;

function seed(n: number): Seeder {
  const s = new Seeder();
  for (let i = 0; i < n; i++) s.contact({ fullname: `Contact ${(i * 7919) % n}` });
  return s;
}

describe('FetchXML paging', () => {
  const s = seed(12_000);

  test('12,000 rows in pages of 5,000 by paging cookie: every row exactly once', () => {
    const seen: unknown[] = [];
    const pages: number[] = [];
    let cookie: string | undefined;
    for (let page = 1; page <= 10; page++) {
      const result = run(s, pageXml(page, cookie), { annotations: PAGING_ANNOTATIONS });
      pages.push(result.value.length);
      seen.push(...result.value.map((r) => r.contactid));
      if (!result.moreRecords) {
        expect(result.pagingCookie).toBeUndefined();
        expect(result.bodyAnnotations).toEqual({});
        break;
      }
      expect(result.bodyAnnotations[`@${ANNOTATION.moreRecords}`]).toBe(true);
      expect(result.bodyAnnotations[`@${ANNOTATION.pagingCookie}`]).toBe(result.pagingCookie);
      cookie = innerCookie(result.pagingCookie ?? '');
    }
    expect(pages).toEqual([5000, 5000, 2000]);
    expect(new Set(seen).size).toBe(12_000);
  });

  test('the cookie looks like Dataverse’s and names the last record of its page', () => {
    const result = run(s, pageXml(1, undefined, '<order attribute="fullname"/>'));
    expect(result.pagingCookie).toMatch(/^<cookie pagenumber="2" pagingcookie="[^"]+" istracking="False" \/>$/);
    const inner = innerCookie(result.pagingCookie ?? '');
    const last = result.value[4999];
    expect(inner).toMatch(
      /^<cookie page="1"><fullname last="[^"]*" first="[^"]*" \/><contactid last="\{[0-9A-F-]{36}\}" first="\{[0-9A-F-]{36}\}" \/><\/cookie>$/,
    );
    expect(readPagingCookie(inner).last.get('contactid')).toBe(`{${String(last?.contactid).toUpperCase()}}`);
  });

  test('a cookie resumes after its last record even when rows were added before it; simple paging would repeat one', () => {
    const small = seed(10);
    const xml = (page: number, cookie?: string) =>
      `<fetch count="4" page="${page}"${cookie ? ` paging-cookie='${xmlAttribute(cookie)}'` : ''}><entity name="contact"><attribute name="fullname"/><order attribute="fullname"/></entity></fetch>`;
    const first = run(small, xml(1));
    small.contact({ fullname: 'Aaron First' });
    const withCookie = run(small, xml(2, innerCookie(first.pagingCookie ?? '')));
    const simple = run(small, xml(2));
    const firstNames = first.value.map((r) => r.fullname);
    expect(withCookie.value.some((r) => firstNames.includes(r.fullname))).toBe(false);
    expect(withCookie.value[0]?.fullname).not.toBe(first.value[3]?.fullname);
    expect(simple.value[0]?.fullname).toBe(first.value[3]?.fullname);
  });

  test('simple paging with page and count, without a cookie', () => {
    const small = seed(10);
    const names = (page: number) =>
      run(
        small,
        `<fetch count="3" page="${page}"><entity name="contact"><attribute name="fullname"/><order attribute="fullname"/></entity></fetch>`,
      ).value.map((r) => r.fullname);
    const all = [1, 2, 3, 4].flatMap(names);
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(10);
  });

  test('a page size over 5,000 is held to 5,000; maxPageSize applies when the fetch has no count', () => {
    expect(
      run(s, '<fetch count="9000"><entity name="contact"><attribute name="fullname"/></entity></fetch>').value,
    ).toHaveLength(5000);
    const result = run(s, '<fetch><entity name="contact"><attribute name="fullname"/></entity></fetch>', {
      maxPageSize: 250,
    });
    expect([result.value.length, result.moreRecords]).toEqual([250, true]);
  });

  test('top limits the rows and reports no more records', () => {
    const result = run(s, '<fetch top="5"><entity name="contact"><attribute name="fullname"/></entity></fetch>');
    expect([result.value.length, result.moreRecords, result.pagingCookie]).toEqual([5, false, undefined]);
  });

  test('returntotalrecordcount counts up to 5,000 and says when the limit is exceeded', () => {
    const result = run(
      s,
      '<fetch count="10" returntotalrecordcount="true"><entity name="contact"><attribute name="fullname"/></entity></fetch>',
      {
        annotations: ['*'],
      },
    );
    expect([result.totalRecordCount, result.totalRecordCountLimitExceeded]).toEqual([5000, true]);
    expect(result.bodyAnnotations['@odata.count']).toBe(5000);
    expect(result.bodyAnnotations[`@${ANNOTATION.totalRecordCountLimitExceeded}`]).toBe(true);
    const small = run(seed(7), '<fetch><entity name="contact"><attribute name="fullname"/></entity></fetch>', {
      count: true,
    });
    expect([small.totalRecordCount, small.totalRecordCountLimitExceeded, small.bodyAnnotations]).toEqual([
      7,
      false,
      { '@odata.count': 7 },
    ]);
  });

  test('queries where a record spans several rows get more-records but no cookie', () => {
    const t = new Seeder();
    const c = t.contact({ fullname: 'Ann' });
    for (let i = 0; i < 3; i++) t.lead({ subject: `S${i}` }, c);
    const result = run(
      t,
      '<fetch count="2"><entity name="contact"><attribute name="fullname"/><link-entity name="lead" from="parentcontactid" to="contactid"/></entity></fetch>',
    );
    expect([result.value.length, result.moreRecords, result.pagingCookie]).toEqual([2, true, undefined]);
  });

  test.each([
    ['top with page', '<fetch top="5" page="2"><entity name="contact"/></fetch>', /'top' attribute cannot be combined/],
    [
      'top with returntotalrecordcount',
      '<fetch top="5" returntotalrecordcount="true"><entity name="contact"/></fetch>',
      /returntotalrecordcount/,
    ],
    ['top over 5,000', '<fetch top="5001"><entity name="contact"/></fetch>', /cannot exceed 5000/],
    [
      'a page that is not a positive integer',
      '<fetch page="0"><entity name="contact"/></fetch>',
      /'page' attribute of <fetch> must be a positive integer/,
    ],
    [
      'a cookie that is not XML',
      `<fetch page="2" paging-cookie="not a cookie"><entity name="contact"/></fetch>`,
      /Malformed XML in the paging cookie/,
    ],
  ])('refuses %s', (_label, xml, message) => {
    const fault = faultOf(() => run(s, xml));
    expect(fault.status).toBe(400);
    expect(fault.message).toMatch(message);
  });
});
