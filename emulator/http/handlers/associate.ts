import { fault } from '../../errors/faults';
import { MICROSOFT_MANY_TO_MANY, type ManyToManyDef, type ManyToManySide } from '../../metadata/manyToMany';
import { normalizeGuid } from '../../writes/guid';
import { createRow } from '../../writes/RowWriter';
import { writeContext, type EmulatorContext } from '../context';
import type { EntityKey } from '../parsePath';
import { noContent, type ApiRequest, type ApiResponse } from '../types';
import { findRow, keyText, parseJsonBody, resolveTable } from './resolve';

const REF = '/$ref';

/**
 * Associating and disassociating through an N:N relationship whose intersect table holds nothing but the two ids
 * (systemuserroles_association): `POST <set>(<id>)/<nav>/$ref` with `{"@odata.id": "…/<set>(<id>)"}` adds the pair,
 * `DELETE <set>(<id>)/<nav>(<id>)/$ref` (or `…/<nav>/$ref?$id=…`) removes it ("Associate and disassociate table rows
 * using the Web API", https://learn.microsoft.com/power-apps/developer/data-platform/webapi/associate-disassociate-entities-using-web-api).
 * Associating a pair twice is refused as a duplicate, as Dataverse's intersect key does.
 */
export function isRefPath(property: string): boolean {
  return property.endsWith(REF);
}

export function associate(
  ctx: EmulatorContext,
  req: ApiRequest,
  entitySet: string,
  key: EntityKey,
  property: string,
): ApiResponse {
  const { relationship, near, far } = relationshipOf(ctx, entitySet, property.slice(0, -REF.length));
  const source = findSource(ctx, entitySet, key);
  const body = parseJsonBody(entitySet, req.body) as Record<string, unknown>;
  const targetId = relatedId(ctx, far, body['@odata.id']);
  const values = { [near.intersectAttribute]: source, [far.intersectAttribute]: targetId };
  const table = ctx.catalog.table(relationship.intersectEntity);
  ctx.store.transaction(() => {
    if (ctx.store.findByValues(table.logicalName, values)) throw fault.duplicateRecord();
    createRow(writeContext(ctx, req.userId), table, { values, collectionBinds: [] });
  });
  return noContent();
}

export function disassociate(
  ctx: EmulatorContext,
  req: ApiRequest,
  entitySet: string,
  key: EntityKey,
  property: string,
): ApiResponse {
  const path = property.slice(0, -REF.length);
  const keyed = /^([A-Za-z_][A-Za-z0-9_]*)\(([^)]*)\)$/.exec(path);
  const navigation = keyed?.[1] ?? path;
  const { relationship, near, far } = relationshipOf(ctx, entitySet, navigation);
  const source = findSource(ctx, entitySet, key);
  const given = keyed?.[2] ?? req.query.get('$id') ?? '';
  const targetId = keyed ? normalizeGuid(given) : relatedId(ctx, far, given);
  if (!targetId) throw fault.badRequest(`'${given}' does not identify a related record.`);
  const row = ctx.store.findByValues(relationship.intersectEntity, {
    [near.intersectAttribute]: source,
    [far.intersectAttribute]: targetId,
  });
  if (row) ctx.store.transaction(() => ctx.store.delete(relationship.intersectEntity, row.id));
  return noContent();
}

function relationshipOf(
  ctx: EmulatorContext,
  entitySet: string,
  navigation: string,
): { relationship: ManyToManyDef; near: ManyToManySide; far: ManyToManySide } {
  const table = resolveTable(ctx, entitySet);
  for (const relationship of MICROSOFT_MANY_TO_MANY) {
    const sides = [relationship.entity1, relationship.entity2];
    const near = sides.find((s) => s.table === table.logicalName && s.navigationPropertyName === navigation);
    const far = sides.find((s) => s !== near);
    const intersect = ctx.catalog.byLogicalName(relationship.intersectEntity);
    const pure = intersect?.columns.filter((c) => c.type === 'uniqueidentifier').length === 3;
    if (near && far && pure) return { relationship, near, far };
  }
  throw fault.resourceNotFound(navigation);
}

function findSource(ctx: EmulatorContext, entitySet: string, key: EntityKey): string {
  const table = resolveTable(ctx, entitySet);
  const row = findRow(ctx, table, key);
  if (!row) throw fault.recordNotFound(table.logicalName, keyText(key));
  return row.id;
}

/** The id in `…/roles(<id>)`, checked to be a row of the relationship's other table. */
function relatedId(ctx: EmulatorContext, far: ManyToManySide, reference: unknown): string {
  const match = typeof reference === 'string' ? /([A-Za-z_][A-Za-z0-9_]*)\(([^)]+)\)\/?$/.exec(reference) : null;
  const table = match ? ctx.catalog.byEntitySet(match[1] ?? '') : undefined;
  const id = match ? normalizeGuid(match[2] ?? '') : undefined;
  if (!table || !id || table.logicalName !== far.table) {
    throw fault.badRequest(`The reference must be the URL of a ${far.table} record, e.g. …/${far.table}s(<id>).`);
  }
  if (!ctx.store.get(table.logicalName, id)) throw fault.recordNotFound(table.logicalName, id);
  return id;
}
