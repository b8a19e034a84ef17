import { randomUUID } from 'node:crypto';
import type { TableDef } from '../../schema/types';
import type { Catalog } from '../metadata/catalog';
import { fault } from '../errors/faults';
import type { Store } from '../store/Store';
import type { EntityRef, StoredRow, StoredValue } from '../store/values';
import { isEntityRef } from '../store/values';
import type { CoercedBody } from './coerceBody';
import { applyComputed, applyDefaults, applyState } from './rowRules';

export interface WriteContext {
  readonly catalog: Catalog;
  readonly store: Store;
  /** The calling user (owner, createdby, modifiedby). */
  readonly userId: string;
  readonly now: () => Date;
}

function timestamp(ctx: WriteContext): string {
  return ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}

/** Inserts a row: checks lookups and alternate keys, fills platform columns, applies collection binds. */
export function createRow(ctx: WriteContext, table: TableDef, body: CoercedBody, explicitId?: string): StoredRow {
  const values: Record<string, StoredValue> = { ...body.values };
  const givenId = values[table.primaryIdAttribute];
  const id = explicitId ?? (typeof givenId === 'string' ? givenId : randomUUID());
  if (ctx.store.get(table.logicalName, id)) throw fault.duplicateRecord();
  values[table.primaryIdAttribute] = id;
  applyDefaults(table, values);
  applyState(table, id, undefined, values);
  applyComputed(table, values, values);
  fillPlatformColumns(ctx, table, values, 'create');
  checkLookups(ctx, values);
  checkAlternateKeys(ctx, table, id, values);
  const row = ctx.store.insert(table.logicalName, id, values, versionColumn(table));
  for (const bind of body.collectionBinds) {
    for (const ref of bind.refs) {
      const related = ctx.store.get(ref.logicalName, ref.id);
      if (!related) throw fault.recordNotFound(ref.logicalName, ref.id);
      updateRow(ctx, ctx.catalog.table(ref.logicalName), ref.id, {
        values: { [bind.nav.lookup]: { id, logicalName: table.logicalName } },
        collectionBinds: [],
      });
    }
  }
  return row;
}

/** Updates an existing row with the given values (the caller has checked it exists and any ETag). */
export function updateRow(ctx: WriteContext, table: TableDef, id: string, body: CoercedBody): StoredRow {
  const before = ctx.store.get(table.logicalName, id);
  if (!before) throw fault.recordNotFound(table.logicalName, id);
  const changes: Record<string, StoredValue> = { ...body.values };
  delete changes[table.primaryIdAttribute];
  applyState(table, id, before.values, changes);
  applyComputed(table, { ...before.values, ...changes }, changes);
  fillPlatformColumns(ctx, table, changes, 'update');
  checkLookups(ctx, changes);
  checkAlternateKeys(ctx, table, id, { ...before.values, ...changes });
  return ctx.store.update(table.logicalName, id, changes, versionColumn(table));
}

function fillPlatformColumns(
  ctx: WriteContext,
  table: TableDef,
  values: Record<string, StoredValue>,
  operation: 'create' | 'update',
): void {
  const has = (name: string) => table.columns.some((c) => c.name === name);
  const now = timestamp(ctx);
  const user: EntityRef = { id: ctx.userId, logicalName: 'systemuser' };
  if (has('modifiedon')) values.modifiedon = now;
  if (has('modifiedby')) values.modifiedby = user;
  if (operation === 'create') {
    if (has('createdon')) values.createdon = now;
    if (has('createdby')) values.createdby = user;
    if (has('ownerid') && values.ownerid == null) values.ownerid = user;
  }
}

/** The row-version column Dataverse keeps equal to the row's version (what its ETag carries). */
function versionColumn(table: TableDef): string | undefined {
  return table.columns.some((c) => c.name === 'versionnumber') ? 'versionnumber' : undefined;
}

function checkLookups(ctx: WriteContext, values: Record<string, StoredValue>): void {
  for (const value of Object.values(values)) {
    if (isEntityRef(value) && !ctx.store.get(value.logicalName, value.id)) {
      throw fault.recordNotFound(value.logicalName, value.id);
    }
  }
}

function checkAlternateKeys(ctx: WriteContext, table: TableDef, id: string, merged: Record<string, StoredValue>): void {
  for (const key of table.alternateKeys ?? []) {
    const probe: Record<string, StoredValue> = {};
    for (const column of key) probe[column] = merged[column] ?? null;
    if (Object.values(probe).some((v) => v === null)) continue;
    const other = ctx.store.findByValues(table.logicalName, probe);
    if (other && other.id !== id) throw fault.duplicateKey(table.logicalName, key);
  }
}
