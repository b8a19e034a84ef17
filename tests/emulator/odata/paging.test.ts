import { buildNextLink, parseMaxPageSize, parseQueryOptions, runQuery } from '../../../emulator/odata';
import { expectFault } from './expectFault';
import { guid, LEAD, q, world } from './fixtures';
import type { World } from './fixtures';

const ROWS = 12_000;

/** 12,000 leads with even ids 2…24,000 (odd ids are free for rows inserted between pages), in shuffled order. */
function bigWorld(): World {
  const w = world();
  const order = Array.from({ length: ROWS }, (_, i) => (i + 1) * 2);
  let seed = 7;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const n of order) w.insert(LEAD, guid(n), { lastname: `Lead ${n}`, statecode: n % 3, numberofemployees: n });
  return w;
}

const numberOf = (id: string) => Number.parseInt(id.slice(-12), 16);

describe('paging', () => {
  const w = bigWorld();

  it('serves 5,000 rows a page by default, with a skip token while more rows follow', () => {
    const first = w.query(LEAD, '');
    expect(first.rows).toHaveLength(5000);
    expect(first.nextSkipToken).toMatch(/^<cookie pagenumber="2" pagingcookie="[^"]+" istracking="False" \/>$/);
  });

  it('returns every row exactly once and in order across pages of 5,000, even when rows change between pages', () => {
    const local = bigWorld();
    const seen: number[] = [];
    const sizes: number[] = [];
    let token: string | undefined;
    let page = 0;
    do {
      const result = local.query(LEAD, '', { maxPageSize: 5000, skipToken: token });
      sizes.push(result.rows.length);
      seen.push(...result.rows.map((r) => numberOf(r.id)));
      token = result.nextSkipToken;
      if (++page === 1) {
        // After page 1 (ids 2…10,000): one row before the cursor, one right after it, one at the end; one deleted.
        local.insert(LEAD, guid(9999), { lastname: 'before' });
        local.insert(LEAD, guid(10001), { lastname: 'after' });
        local.insert(LEAD, guid(30001), { lastname: 'end' });
        local.store.delete(LEAD.logicalName, guid(10004));
      }
    } while (token !== undefined);

    expect(sizes).toEqual([5000, 5000, 2001]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const expected = Array.from({ length: ROWS }, (_, i) => (i + 1) * 2).filter((n) => n !== 10004);
    expected.push(10001, 30001);
    expect([...seen].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    expect(seen).not.toContain(9999);
  });

  it('pages deterministically when the order key is not unique (ties broken by id)', () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const result = w.query(LEAD, q({ $orderby: 'statecode desc' }), { maxPageSize: 5000, skipToken: token });
      seen.push(...result.rows.map((r) => r.id));
      token = result.nextSkipToken;
    } while (token);
    expect(seen).toHaveLength(ROWS);
    expect(new Set(seen).size).toBe(ROWS);
    const states = seen.map((id) => numberOf(id) % 3);
    expect(states).toEqual([...states].sort((a, b) => b - a));
  });

  it('follows @odata.nextLink unchanged: the link carries the token and every other option', () => {
    const query = q({
      $select: 'lastname',
      $filter: "startswith(lastname,'Lead')",
      $orderby: 'numberofemployees desc',
    });
    const params = new URLSearchParams(query);
    const first = runQuery(w.store, w.catalog, LEAD, parseQueryOptions(params, LEAD, w.catalog), { maxPageSize: 1000 });
    const link = buildNextLink('http://127.0.0.1:7070/api/data/v9.2/leads', params, first.nextSkipToken!);
    const next = new URL(link);
    expect(next.searchParams.get('$select')).toBe('lastname');
    expect(next.searchParams.get('$filter')).toBe("startswith(lastname,'Lead')");
    expect(next.searchParams.get('$orderby')).toBe('numberofemployees desc');
    const second = runQuery(w.store, w.catalog, LEAD, parseQueryOptions(next.searchParams, LEAD, w.catalog), {
      maxPageSize: 1000,
    });
    expect(numberOf(second.rows[0]!.id)).toBe(numberOf(first.rows[999]!.id) - 2);
    // Following the second link replaces the token rather than adding another.
    const third = new URL(buildNextLink(link, next.searchParams, second.nextSkipToken!));
    expect(third.searchParams.getAll('$skiptoken')).toEqual([second.nextSkipToken]);
  });

  it('ignores $top when a page size is asked for, and honours it otherwise', () => {
    const paged = w.query(LEAD, '$top=10', { maxPageSize: 3 });
    expect(paged.rows).toHaveLength(3);
    expect(paged.nextSkipToken).toBeDefined();
    const topped = w.query(LEAD, '$top=10');
    expect(topped.rows).toHaveLength(10);
    expect(topped.nextSkipToken).toBeUndefined();
  });

  it('caps the page size at 5,000', () => {
    expect(parseMaxPageSize('odata.maxpagesize=9000')).toBe(5000);
    expect(w.query(LEAD, '', { maxPageSize: 9000 }).rows).toHaveLength(5000);
  });

  it('counts matching rows up to 5,000, whatever the page size', () => {
    const all = w.query(LEAD, '$count=true', { maxPageSize: 10 });
    expect(all.count).toBe(5000);
    expect(all.totalRecordCount).toBe(5000);
    expect(all.totalRecordCountLimitExceeded).toBe(true);
    const some = w.query(LEAD, q({ $count: 'true', $filter: 'numberofemployees le 40' }), { maxPageSize: 5 });
    expect(some.count).toBe(20);
    expect(some.rows).toHaveLength(5);
    expect(some.totalRecordCountLimitExceeded).toBe(false);
    expect(w.query(LEAD, '$top=1').count).toBeUndefined();
    expect(w.query(LEAD, '$top=1').totalRecordCount).toBe(-1);
  });

  it('rejects a skip token that is malformed or was made for another ordering', () => {
    expect(expectFault(() => w.query(LEAD, '', { skipToken: 'garbage' })).status).toBe(400);
    const token = w.query(LEAD, '', { maxPageSize: 10 }).nextSkipToken!;
    expect(expectFault(() => w.query(LEAD, q({ $orderby: 'lastname' }), { skipToken: token })).message).toContain(
      '$skiptoken',
    );
  });
});

describe('buildNextLink', () => {
  it('keeps options and aliases, encodes values, and puts the paging cookie last', () => {
    const params = new URLSearchParams();
    params.set('$select', 'fullname');
    params.set('$filter', 'Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)');
    params.set('@p1', "'lastname'");
    params.set('@p2', '["O\'Brien","a&b"]');
    params.set('$skiptoken', 'old');
    const link = buildNextLink('http://h/api/data/v9.2/contacts', params, '<cookie pagenumber="2" />');
    expect(link.startsWith('http://h/api/data/v9.2/contacts?$select=fullname&$filter=')).toBe(true);
    expect(link.endsWith('&$skiptoken=%3Ccookie%20pagenumber%3D%222%22%20%2F%3E')).toBe(true);
    const parsed = new URL(link).searchParams;
    expect(parsed.get('@p2')).toBe('["O\'Brien","a&b"]');
    expect(parsed.getAll('$skiptoken')).toEqual(['<cookie pagenumber="2" />']);
  });
});
