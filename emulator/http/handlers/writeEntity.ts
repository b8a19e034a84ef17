import type { TableDef } from '../../../schema/types';
import { fault } from '../../errors/faults';
import { etagOf, type StoredRow } from '../../store/values';
import { coerceBody } from '../../writes/coerceBody';
import { createRow, updateRow } from '../../writes/RowWriter';
import { writeContext, type EmulatorContext } from '../context';
import type { EntityKey } from '../parsePath';
import { header, json, noContent, type ApiRequest, type ApiResponse } from '../types';
import { alternateKeyValues, findRow, parseJsonBody, resolveTable } from './resolve';
import { representation } from './representation';
import { preferenceApplied } from '../preferenceApplied';
import { rowsReferencing } from '../../store/rowsReferencing';

function entityIdHeader(req: ApiRequest, table: TableDef, row: StoredRow): Record<string, string> {
  return { 'OData-EntityId': `${req.serviceRoot}${table.entitySetName}(${row.id})`, ETag: etagOf(row) };
}

function wantsRepresentation(req: ApiRequest): boolean {
  return /return=representation/i.test(header(req, 'prefer') ?? '');
}

/** The row in the body: 201 for a create, 200 for an update, saying the preference was applied (create-entity-web-api). */
function represented(
  ctx: EmulatorContext,
  req: ApiRequest,
  status: 200 | 201,
  table: TableDef,
  row: StoredRow,
): ApiResponse {
  const prefer = header(req, 'prefer');
  return json(status, representation(ctx, req, table, row), {
    ETag: etagOf(row),
    ...preferenceApplied(prefer, { representation: true, annotations: true }),
  });
}

/** POST /<set>: 204 + OData-EntityId, or 201 with the row when `Prefer: return=representation`. */
export function createEntity(ctx: EmulatorContext, req: ApiRequest, entitySet: string): ApiResponse {
  const table = resolveTable(ctx, entitySet);
  const body = coerceBody(ctx.catalog, table, parseJsonBody(entitySet, req.body), 'create', req.resolveReference);
  const row = ctx.store.transaction(() => createRow(writeContext(ctx, req.userId), table, body));
  if (wantsRepresentation(req)) return represented(ctx, req, 201, table, row);
  return noContent(entityIdHeader(req, table, row));
}

/**
 * PATCH /<set>(<key>): update, or upsert-create when the row is missing. `If-Match: *` forbids the create (404),
 * `If-None-Match: *` forbids the update (412 0x80040237), `If-Match: W/"n"` must match the row version (412 0x80060882).
 */
export function patchEntity(ctx: EmulatorContext, req: ApiRequest, entitySet: string, key: EntityKey): ApiResponse {
  const table = resolveTable(ctx, entitySet);
  const ifMatch = header(req, 'if-match');
  const ifNoneMatch = header(req, 'if-none-match');
  const body = coerceBody(ctx.catalog, table, parseJsonBody(entitySet, req.body), 'update', req.resolveReference);
  const existing = findRow(ctx, table, key);
  const wctx = writeContext(ctx, req.userId);
  if (existing) {
    if (ifNoneMatch === '*') throw fault.duplicateRecord();
    if (ifMatch && ifMatch !== '*' && ifMatch !== etagOf(existing)) throw fault.versionMismatch();
    if (ctx.unpublished.holds(table.logicalName)) {
      // A customization: the update waits for PublishXml; reads return the published row until then.
      ctx.unpublished.hold(table.logicalName, existing.id, body.values);
      if (wantsRepresentation(req)) return represented(ctx, req, 200, table, existing);
      return noContent(entityIdHeader(req, table, existing));
    }
    const row = ctx.store.transaction(() => updateRow(wctx, table, existing.id, body));
    if (wantsRepresentation(req)) return represented(ctx, req, 200, table, row);
    return noContent(entityIdHeader(req, table, row));
  }
  if (ifMatch) throw fault.recordNotFound(table.logicalName, 'id' in key ? key.id : JSON.stringify(key.alternate));
  const values = { ...body.values, ...('alternate' in key ? alternateKeyValues(table, key.alternate) : {}) };
  const row = ctx.store.transaction(() =>
    createRow(wctx, table, { values, collectionBinds: body.collectionBinds }, 'id' in key ? key.id : undefined),
  );
  if (wantsRepresentation(req)) return represented(ctx, req, 201, table, row);
  return noContent(entityIdHeader(req, table, row));
}

export function deleteEntity(ctx: EmulatorContext, req: ApiRequest, entitySet: string, key: EntityKey): ApiResponse {
  const table = resolveTable(ctx, entitySet);
  const existing = findRow(ctx, table, key);
  if (!existing) throw fault.recordNotFound(table.logicalName, 'id' in key ? key.id : JSON.stringify(key.alternate));
  const ifMatch = header(req, 'if-match');
  if (ifMatch && ifMatch !== '*' && ifMatch !== etagOf(existing)) throw fault.versionMismatch();
  ctx.store.transaction(() => {
    clearReferencesTo(ctx, table.logicalName, existing.id);
    ctx.store.delete(table.logicalName, existing.id);
  });
  ctx.unpublished.take(table.logicalName, existing.id);
  return noContent();
}

/** Lookups pointing at a deleted row become null (the "Remove Link" cascade Dataverse applies to most parental lookups). */
function clearReferencesTo(ctx: EmulatorContext, logicalName: string, id: string): void {
  for (const table of ctx.catalog.tables()) {
    const lookups = table.columns.filter((c) => c.type === 'lookup' || c.type === 'customer' || c.type === 'owner');
    if (lookups.length === 0) continue;
    const names = lookups.map((c) => c.name);
    for (const row of rowsReferencing(ctx.store, table.logicalName, names, id)) {
      const changes: Record<string, null> = {};
      for (const c of lookups) {
        const v = row.values[c.name];
        if (v && typeof v === 'object' && 'id' in v && v.id === id && v.logicalName === logicalName)
          changes[c.name] = null;
      }
      if (Object.keys(changes).length > 0) ctx.store.update(table.logicalName, row.id, changes);
    }
  }
}
