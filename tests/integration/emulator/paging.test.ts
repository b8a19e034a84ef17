import type { Emulator } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import {
  errorOf,
  get,
  objectOf,
  post,
  PREFER,
  sendTo,
  startEmulator,
  type JsonObject,
  type Reply,
} from './helpers/http';
import { LEAD_COLUMN } from './helpers/names';

/**
 * Paging as Dataverse does it ("Page results using OData"): at most 5,000 rows a page, `Prefer: odata.maxpagesize`
 * for smaller pages, `@odata.nextLink` followed unchanged, no `$skip`. 12,000 leads, written with CreateMultiple in
 * chunks of 1,000, make three default pages.
 */

const TOTAL = 12_000;
const CHUNK = 1_000;
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator();
  for (let start = 0; start < TOTAL; start += CHUNK) {
    const Targets = Array.from({ length: CHUNK }, (_, i) => ({
      '@odata.type': `Microsoft.Dynamics.CRM.${LEAD.table}`,
      [LEAD.lastName]: `Lead ${start + i}`,
      // Many ties, so an order by this column alone must still page every row exactly once.
      [LEAD_COLUMN.employees]: (start + i) % 7,
    }));
    const reply = await post(emu, `${LEAD.set}/Microsoft.Dynamics.CRM.CreateMultiple`, { Targets });
    if (reply.status !== 200) throw new Error(`CreateMultiple answered ${reply.status}: ${reply.text.slice(0, 300)}`);
  }
});

afterAll(() => emu.stop());

interface Walk {
  readonly sizes: number[];
  readonly ids: string[];
  readonly replies: Reply[];
}

/** Follows @odata.nextLink, unchanged, with the same Prefer header, until there is none. */
async function walk(path: string, headers: Record<string, string> = {}): Promise<Walk> {
  const sizes: number[] = [];
  const ids: string[] = [];
  const replies: Reply[] = [];
  let reply = await get(emu, path, headers);
  for (let guard = 0; guard < 100; guard++) {
    replies.push(reply);
    const body = objectOf(reply);
    const rows = body.value as JsonObject[];
    sizes.push(rows.length);
    ids.push(...rows.map((r) => String(r[LEAD.id])));
    const next = body['@odata.nextLink'];
    if (next === undefined) return { sizes, ids, replies };
    expect(typeof next).toBe('string');
    reply = await sendTo(String(next), 'GET', { headers });
  }
  throw new Error('paging did not end');
}

test('without a page size: pages of 5,000, every row exactly once', async () => {
  const { sizes, ids } = await walk(`${LEAD.set}?$select=${LEAD.lastName}`);
  expect(sizes).toEqual([5000, 5000, 2000]);
  expect(ids).toHaveLength(TOTAL);
  expect(new Set(ids).size).toBe(TOTAL);
});

test('with odata.maxpagesize: pages of that size, every row exactly once, the preference reported applied', async () => {
  const { sizes, ids, replies } = await walk(`${LEAD.set}?$select=${LEAD.lastName}`, {
    Prefer: PREFER.maxPageSize(2500),
  });
  expect(sizes).toEqual([2500, 2500, 2500, 2500, 2000]);
  expect(new Set(ids).size).toBe(TOTAL);
  for (const reply of replies) expect(reply.headers.get('preference-applied')).toBe('odata.maxpagesize=2500');
});

test('ordered by a column full of ties, the pages still hold every row once, in order', async () => {
  const path = `${LEAD.set}?$select=${LEAD_COLUMN.employees}&$orderby=${LEAD_COLUMN.employees} desc`;
  const { ids, replies } = await walk(path, { Prefer: PREFER.maxPageSize(3000) });
  expect(new Set(ids).size).toBe(TOTAL);
  const values = replies.flatMap((r) =>
    (objectOf(r).value as JsonObject[]).map((row) => Number(row[LEAD_COLUMN.employees])),
  );
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test('the nextLink keeps the query options and carries a $skiptoken', async () => {
  const filter = `${LEAD_COLUMN.employees} eq 3`;
  const reply = await get(emu, `${LEAD.set}?$select=${LEAD.lastName}&$filter=${encodeURIComponent(filter)}`, {
    Prefer: PREFER.maxPageSize(100),
  });
  const next = new URL(String(objectOf(reply)['@odata.nextLink']));
  expect(`${next.origin}${next.pathname}`).toBe(`${emu.apiUrl}${LEAD.set}`);
  expect(next.searchParams.get('$select')).toBe(LEAD.lastName);
  expect(next.searchParams.get('$filter')).toBe(filter);
  expect(next.searchParams.get('$skiptoken')).toBeTruthy();
  const { ids } = await walk(`${LEAD.set}?$select=${LEAD.lastName}&$filter=${encodeURIComponent(filter)}`, {
    Prefer: PREFER.maxPageSize(100),
  });
  // 12,000 rows, i % 7 === 3 for 1,714 of them.
  expect(new Set(ids).size).toBe(1714);
});

test('$top with a page size: $top is ignored, as the docs say', async () => {
  const { sizes } = await walk(`${LEAD.set}?$select=${LEAD.lastName}&$top=10`, { Prefer: PREFER.maxPageSize(5000) });
  expect(sizes).toEqual([5000, 5000, 2000]);
});

test('$top alone caps the rows and gives no nextLink', async () => {
  const body = objectOf(await get(emu, `${LEAD.set}?$select=${LEAD.lastName}&$top=7000`));
  expect(body.value).toHaveLength(5000);
  expect(body['@odata.nextLink']).toBeUndefined();
});

test('$skip is rejected: Dataverse does not support it', async () => {
  const reply = await get(emu, `${LEAD.set}?$select=${LEAD.lastName}&$skip=10`);
  expect(reply.status).toBe(400);
  expect(errorOf(reply).message).toContain('$skip');
});
