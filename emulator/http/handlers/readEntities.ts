import { buildNextLink, formatRow, formatRows, parseAnnotationPreference, parseMaxPageSize, parseQueryOptions, runQuery } from '../../odata';
import { runFetchXml } from '../../fetchxml';
import { fault } from '../../errors/faults';
import type { EmulatorContext } from '../context';
import type { EntityKey } from '../parsePath';
import { header, json, type ApiRequest, type ApiResponse } from '../types';
import { findRow, keyText, resolveTable } from './resolve';
import { etagOf } from '../../store/values';
import { preferenceApplied } from '../preferenceApplied';

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
      maxPageSize: parseMaxPageSize(prefer),
      count: req.query.get('$count') === 'true',
      now: ctx.now,
    });
    if (result.entity !== table.logicalName) {
      throw fault.badRequest(`The FetchXML entity '${result.entity}' does not match the entity set '${entitySet}'.`);
    }
    return json(200, {
      '@odata.context': `${req.serviceRoot}$metadata#${entitySet}`,
      ...result.bodyAnnotations,
      value: result.value,
    });
  }
  const rows = [...ctx.store.rows(target.logicalName)].filter((r) => {
    const v = r.values[nav.lookup];
    return !!v && typeof v === 'object' && 'id' in v && v.id === row.id;
  });
  const scoped = runQuery(ctx.store, ctx.catalog, target, options, { maxPageSize: parseMaxPageSize(header(req, 'prefer')) }, rows);
  return json(200, {
    '@odata.context': `${req.serviceRoot}$metadata#${target.entitySetName}`,
    value: scoped.rows.map((r) =>
      formatRow(r, target, ctx.catalog, { select: options.select, expand: options.expand, annotations, store: ctx.store }),
    ),
  });
}
