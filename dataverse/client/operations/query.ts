/**
 * Query a table page by page. Pages are sized with `Prefer: odata.maxpagesize` and followed through
 * `@odata.nextLink`, sent back unchanged (it carries the paging cookie; `$skip` does not exist)
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results).
 */
import { DataverseError } from '../../errors/DataverseError';
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { readJsonObject } from '../http/readJson';
import { buildQuery, type QueryOptions } from '../odata/buildQuery';
import { assertIdentifier } from '../odata/names';
import type { ODataRecord } from '../odata/ODataRecord';
import { preferHeader } from '../odata/preferHeader';

export interface PagedQueryOptions extends QueryOptions {
  readonly maxPageSize?: number;
  readonly includeAnnotations?: string;
}

export interface QueryPage<T> {
  readonly rows: readonly T[];
  /** `@odata.count` when `count` was asked for (Dataverse caps it at 5,000). */
  readonly count?: number;
  /** Where the next page is; absent on the last page. */
  readonly nextLink?: string;
}

export async function* queryPages<T extends ODataRecord = ODataRecord>(
  transport: Transport,
  entitySet: string,
  options: PagedQueryOptions = {},
  call?: CallOptions,
): AsyncGenerator<QueryPage<T>, void, undefined> {
  assertIdentifier('entitySet', entitySet);
  // The same page size on every request, as Dataverse asks.
  const headers = preferHeader({ maxPageSize: options.maxPageSize, includeAnnotations: options.includeAnnotations });
  let url: string | undefined = entitySet + buildQuery(options);
  while (url !== undefined) {
    const response = await transport.send({ method: 'GET', url, headers }, call);
    const body = readJsonObject(response, 'GET');
    const rows = body.value;
    if (!Array.isArray(rows)) {
      throw new DataverseError({
        method: 'GET',
        url: response.url,
        status: response.status,
        summary: 'Query response has no "value" array',
      });
    }
    const nextLink = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
    const count = typeof body['@odata.count'] === 'number' ? body['@odata.count'] : undefined;
    yield {
      rows: rows as T[],
      ...(count !== undefined && { count }),
      ...(nextLink !== undefined && { nextLink }),
    };
    url = nextLink;
  }
}

/** Every row of the query, one at a time, fetching pages as they are needed. */
export async function* queryRows<T extends ODataRecord = ODataRecord>(
  transport: Transport,
  entitySet: string,
  options: PagedQueryOptions = {},
  call?: CallOptions,
): AsyncGenerator<T, void, undefined> {
  for await (const page of queryPages<T>(transport, entitySet, options, call)) yield* page.rows;
}
