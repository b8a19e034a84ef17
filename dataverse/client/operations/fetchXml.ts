/**
 * Run a FetchXML query (`GET <set>?fetchXml=…`, URL-encoded) page by page. Pages follow Dataverse's paging cookie
 * when it gives one and fall back to plain page numbers when it does not (some queries, e.g. ordered by a linked
 * table's column, get no cookie)
 * (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results).
 * A query with `top` is one request. Very long FetchXML travels inside a `$batch` (the transport does it, longGet.ts).
 */
import { DataverseError } from '../../errors/DataverseError';
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { readJsonObject } from '../http/readJson';
import { positiveInteger } from '../odata/buildQuery';
import { nextPagingCookie, readFetchAttribute, setFetchAttributes } from '../odata/fetchXmlPaging';
import { assertIdentifier } from '../odata/names';
import type { ODataRecord } from '../odata/ODataRecord';
import type { QueryPage } from './query';

const PAGING_ANNOTATIONS = 'Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords';

export interface FetchXmlOptions {
  /** Rows per page, written as the `count` attribute (Dataverse's default and maximum is 5,000). */
  readonly pageSize?: number;
}

export async function* fetchXmlPages<T extends ODataRecord = ODataRecord>(
  transport: Transport,
  entitySet: string,
  fetchXml: string,
  options: FetchXmlOptions = {},
  call?: CallOptions,
): AsyncGenerator<QueryPage<T>, void, undefined> {
  assertIdentifier('entitySet', entitySet);
  const paged = readFetchAttribute(fetchXml, 'top') === undefined;
  let page = Number(readFetchAttribute(fetchXml, 'page') ?? '1');
  if (!Number.isInteger(page) || page < 1)
    throw new RangeError('FetchXML page attribute must be a whole number of at least 1');
  let xml = fetchXml;
  if (paged) {
    const count =
      options.pageSize !== undefined
        ? String(positiveInteger('pageSize', options.pageSize))
        : readFetchAttribute(fetchXml, 'count');
    xml = setFetchAttributes(xml, { page: String(page), ...(count !== undefined && { count }) });
  }
  const headers = { Prefer: `odata.include-annotations="${PAGING_ANNOTATIONS}"` };
  for (;;) {
    const url = `${entitySet}?fetchXml=${encodeURIComponent(xml)}`;
    const response = await transport.send({ method: 'GET', url, headers }, call);
    const body = readJsonObject(response, 'GET');
    if (!Array.isArray(body.value)) {
      throw new DataverseError({
        method: 'GET',
        url: response.url,
        status: response.status,
        summary: 'FetchXML response has no "value" array',
      });
    }
    yield { rows: body.value as T[] };
    if (!paged || body['@Microsoft.Dynamics.CRM.morerecords'] !== true) return;
    page += 1;
    xml = setFetchAttributes(xml, {
      page: String(page),
      'paging-cookie': nextPagingCookie(body['@Microsoft.Dynamics.CRM.fetchxmlpagingcookie']),
    });
  }
}

export async function* fetchXmlRows<T extends ODataRecord = ODataRecord>(
  transport: Transport,
  entitySet: string,
  fetchXml: string,
  options: FetchXmlOptions = {},
  call?: CallOptions,
): AsyncGenerator<T, void, undefined> {
  for await (const page of fetchXmlPages<T>(transport, entitySet, fetchXml, options, call)) yield* page.rows;
}
