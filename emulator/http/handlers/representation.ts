import type { TableDef } from '../../../schema/types';
import { formatRow, parseAnnotationPreference, parseQueryOptions } from '../../odata';
import type { StoredRow } from '../../store/values';
import type { EmulatorContext } from '../context';
import { header, type ApiRequest } from '../types';

/** The row as the Web API returns it for `Prefer: return=representation`, honouring `$select` / `$expand`. */
export function representation(ctx: EmulatorContext, req: ApiRequest, table: TableDef, row: StoredRow): unknown {
  const options = parseQueryOptions(req.query, table, ctx.catalog);
  return {
    '@odata.context': `${req.serviceRoot}$metadata#${table.entitySetName}/$entity`,
    ...formatRow(row, table, ctx.catalog, {
      select: options.select,
      expand: options.expand,
      annotations: parseAnnotationPreference(header(req, 'prefer')),
      store: ctx.store,
    }),
  };
}
