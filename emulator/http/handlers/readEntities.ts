import {
  buildNextLink,
  formatRow,
  formatRows,
  parseAnnotationPreference,
  parseMaxPageSize,
  parseQueryOptions,
  runQuery,
} from '../../odata';
import { runFetchXml } from '../../fetchxml';
import { fault } from '../../errors/faults';
import type { EmulatorContext } from '../context';
import type { EntityKey } from '../parsePath';
import { header, json, type ApiRequest, type ApiResponse } from '../types';
import { findRow, keyText, resolveTable } from './resolve';
import { etagOf } from '../../store/values';
import { preferenceApplied } from '../preferenceApplied';
import { rowsReferencing } from '../../store/rowsReferencing';

/** GET /<set>?… — OData query options or `fetchXml=`. */
export function getCollection(ctx: EmulatorContext, req: ApiRequest, entitySet: string): ApiResponse {
  const table = resolveTable(ctx, entitySet);
  const prefer = header(req, 'prefer');
  const annotations = parseAnnotationPreference(prefer);
  const maxPageSize = parseMaxPageSize(prefer);
  const fetchXml = req.query.get('fetchXml');
  if (fetchXml !== null) {
    const result = runFetchXml(ctx.store, ctx.catalog, fetchXml, {
      annotations,
      ...(maxPageSize !== undefined ? { maxPageSize } : {}),
      count: req.query.get('$count') === 'true',
      now: ctx.now,
    });
    if (result.entity !== table.logicalName) {
      throw fault.badRequest(`The FetchXML entity '${result.entity}' does not match the entity set '${entitySet}'.`);
    }
    // The paging cookie, more-records and count annotations come only as the Prefer header asks (fetchxml/paging).
    return json(
      200,
      { '@odata.context': `${req.serviceRoot}$metadata#${entitySet}`, ...result.bodyAnnotations, value: result.value },
      preferenceApplied(prefer, { annotations: true }),
    );
  }
  const options = parseQueryOptions(req.query, table, ctx.catalog);
  const skipToken = req.query.get('$skiptoken') ?? undefined;
  const result = runQuery(ctx.store, ctx.catalog, table, options, { maxPageSize, skipToken });
  const value = formatRows(result.rows, table, ctx.catalog, {
    select: options.select,
    expand: options.expand,
    annotations,
    store: ctx.store,
    serviceRoot: req.serviceRoot,
  });
  return json(
    200,
    {
      '@odata.context': `${req.serviceRoot}$metadata#${entitySet}`,
      ...(result.count !== undefined ? { '@odata.count': result.count } : {}),
      value,
      ...(result.nextSkipToken
        ? { '@odata.nextLink': buildNextLink(`${req.serviceRoot}${entitySet}`, req.query, result.nextSkipToken) }
        : {}),
    },
    preferenceApplied(prefer, { annotations: true, ...(maxPageSize !== undefined ? { maxPageSize } : {}) }),
  );
}

/** GET /<set>(<key>) and GET /<set>(<key>)/<navigation or column>. */
export function getEntity(
  ctx: EmulatorContext,
  req: ApiRequest,
  entitySet: string,
  key: EntityKey,
  property?: string,
): ApiResponse {
  const table = resolveTable(ctx, entitySet);
  const row = findRow(ctx, table, key);
  if (!row) throw fault.recordNotFound(table.logicalName, keyText(key));
  const prefer = header(req, 'prefer');
  const annotations = parseAnnotationPreference(prefer);
  if (property === undefined) {
    const options = parseQueryOptions(req.query, table, ctx.catalog);
    return json(
      200,
      {
        '@odata.context': `${req.serviceRoot}$metadata#${entitySet}/$entity`,
        ...formatRow(row, table, ctx.catalog, {
          select: options.select,
          expand: options.expand,
          annotations,
          store: ctx.store,
        }),
      },
      { ETag: etagOf(row), ...preferenceApplied(prefer, { annotations: true }) },
    );
  }
  const nav = ctx.catalog.navigation(table.logicalName, property);
  if (!nav) {
    const column = ctx.catalog.column(table.logicalName, property);
    if (!column || column.validForRead === false) throw fault.resourceNotFound(property);
    return json(200, {
      '@odata.context': `${req.serviceRoot}$metadata#${entitySet}(${row.id})/${property}`,
      value: row.values[property] ?? null,
    });
  }
  const target = ctx.catalog.table(nav.target);
  const options = parseQueryOptions(req.query, target, ctx.catalog);
  if (nav.kind === 'single') {
    const ref = row.values[nav.lookup];
    const related =
      ref && typeof ref === 'object' && 'id' in ref ? ctx.store.get(target.logicalName, ref.id) : undefined;
    if (!related) return { status: 204, headers: { 'OData-Version': '4.0' } };
    return json(200, {
      '@odata.context': `${req.serviceRoot}$metadata#${target.entitySetName}/$entity`,
      ...formatRow(related, target, ctx.catalog, {
        select: options.select,
        expand: options.expand,
        annotations,
        store: ctx.store,
      }),
    });
  }
  const rows = rowsReferencing(ctx.store, target.logicalName, [nav.lookup], row.id).filter((r) => {
    const v = r.values[nav.lookup];
    return !!v && typeof v === 'object' && 'id' in v && v.id === row.id;
  });
  const scoped = runQuery(
    ctx.store,
    ctx.catalog,
    target,
    options,
    { maxPageSize: parseMaxPageSize(header(req, 'prefer')) },
    rows,
  );
  return json(200, {
    '@odata.context': `${req.serviceRoot}$metadata#${target.entitySetName}`,
    value: scoped.rows.map((r) =>
      formatRow(r, target, ctx.catalog, {
        select: options.select,
        expand: options.expand,
        annotations,
        store: ctx.store,
      }),
    ),
  });
}
