import type { ODataRecord, PagedQueryOptions } from '../../dataverse';
import type { RequestGate } from './RequestGate';
import type { SweepClient } from './SweepClient';

/**
 * The rows of a query, page by page, at most `limit` in all; the gate is passed before each page's request, so a
 * stop lands between pages. Dataverse wants the same page size on every request of one query, so the page size is
 * fixed up front (never above `limit`).
 */
export async function* readPages<T extends ODataRecord>(
  client: SweepClient,
  entitySet: string,
  query: PagedQueryOptions,
  limit: number,
  gate: RequestGate,
): AsyncGenerator<readonly T[], void, undefined> {
  let remaining = limit;
  const maxPageSize = Math.min(query.maxPageSize ?? Number.POSITIVE_INFINITY, remaining);
  const pages = client.queryPages<T>(entitySet, {
    ...query,
    ...(Number.isFinite(maxPageSize) ? { maxPageSize } : {}),
  });
  try {
    while (remaining > 0) {
      gate.pass();
      const next = await pages.next();
      if (next.done) return;
      const rows = next.value.rows.slice(0, remaining);
      remaining -= rows.length;
      if (rows.length > 0) yield rows;
    }
  } finally {
    await pages.return(undefined);
  }
}
