import type { TableDef } from '../../../schema/types';
import { DataverseFault } from '../../errors/DataverseFault';
import { ERROR_CODE, fault } from '../../errors/faults';
import { coerceBody } from '../../writes/coerceBody';
import { normalizeGuid } from '../../writes/guid';
import { createRow, updateRow } from '../../writes/RowWriter';
import { writeContext, type EmulatorContext } from '../context';
import { json, type ApiRequest, type ApiResponse } from '../types';
import { parseJsonBody, resolveTable } from './resolve';

/** The bulk messages CreateMultiple / UpdateMultiple take up to 1,000 records ("Use bulk operation messages"). */
export const MAX_TARGETS = 1000;

/**
 * POST /<set>/Microsoft.Dynamics.CRM.CreateMultiple | UpdateMultiple with `{ Targets: [...] }`, each target carrying
 * `@odata.type`. All or nothing: one bad target fails the request and nothing is written. A table that does not
 * support the messages answers the error that tells callers to fall back to $batch.
 */
export function handleMultiple(ctx: EmulatorContext, req: ApiRequest, entitySet: string, action: string): ApiResponse {
  const table = resolveTable(ctx, entitySet);
  if (action !== 'CreateMultiple' && action !== 'UpdateMultiple')
    throw fault.resourceNotFound(`Microsoft.Dynamics.CRM.${action}`);
  if (!table.supportsMultiple) {
    throw new DataverseFault(
      400,
      ERROR_CODE.messageNotSupported,
      `The '${action}' method does not support entities of type '${table.logicalName}'. MessageProcessorCache returned MessageProcessor.Empty.`,
    );
  }
  const body = parseJsonBody(entitySet, req.body);
  const targets = (body as { Targets?: unknown }).Targets;
  if (!Array.isArray(targets)) throw fault.payload(entitySet, `The parameter 'Targets' is missing or not an array.`);
  if (targets.length === 0) throw fault.invalidArgument(`'Targets' must contain at least one record.`);
  if (targets.length > MAX_TARGETS) {
    throw fault.invalidArgument(
      `The number of records in 'Targets' (${targets.length}) exceeds the maximum of ${MAX_TARGETS}.`,
    );
  }
  const wctx = writeContext(ctx, req.userId);
  const ids = ctx.store.transaction(() =>
    targets.map((target, index) => {
      checkType(table, target, index);
      if (action === 'CreateMultiple')
        return createRow(wctx, table, coerceBody(ctx.catalog, table, target, 'create')).id;
      // Each UpdateMultiple target names its row by the primary key, which an update body may not otherwise carry.
      const { [table.primaryIdAttribute]: key, ...values } = target as Record<string, unknown>;
      const id = typeof key === 'string' ? normalizeGuid(key) : undefined;
      if (!id) {
        throw fault.invalidArgument(
          `Targets[${index}]: UpdateMultiple needs the primary key '${table.primaryIdAttribute}' as a GUID.`,
        );
      }
      return updateRow(wctx, table, id, coerceBody(ctx.catalog, table, values, 'update')).id;
    }),
  );
  if (action === 'UpdateMultiple') return { status: 204, headers: { 'OData-Version': '4.0' } };
  return json(200, {
    '@odata.context': `${req.serviceRoot}$metadata#Microsoft.Dynamics.CRM.CreateMultipleResponse`,
    Ids: ids,
  });
}

function checkType(table: TableDef, target: unknown, index: number): void {
  const type = (target as Record<string, unknown> | null)?.['@odata.type'];
  const expected = `Microsoft.Dynamics.CRM.${table.logicalName}`;
  if (type !== expected) {
    throw fault.payload(
      table.entitySetName,
      `Targets[${index}] must carry "@odata.type": "${expected}" (got ${JSON.stringify(type ?? null)}).`,
    );
  }
}
