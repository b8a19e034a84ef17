import type { TableDef } from '../../../schema/types';
import { fault } from '../../errors/faults';
import type { StoredRow, StoredValue } from '../../store/values';
import type { EmulatorContext } from '../context';
import type { EntityKey } from '../parsePath';
import { coerceValue } from '../../writes/coerceValue';

export function resolveTable(ctx: EmulatorContext, entitySet: string): TableDef {
  const table = ctx.catalog.byEntitySet(entitySet);
  if (!table) throw fault.resourceNotFound(entitySet);
  return table;
}

/** The row a key addresses, or undefined. Alternate keys must be declared on the table, as in Dataverse. */
export function findRow(ctx: EmulatorContext, table: TableDef, key: EntityKey): StoredRow | undefined {
  if ('id' in key) return ctx.store.get(table.logicalName, key.id);
  return ctx.store.findByValues(table.logicalName, alternateKeyValues(table, key.alternate));
}

export function alternateKeyValues(
  table: TableDef,
  given: Readonly<Record<string, string | number>>,
): Record<string, StoredValue> {
  const names = Object.keys(given).sort();
  const declared = (table.alternateKeys ?? []).some((k) => [...k].sort().join(',') === names.join(','));
  if (!declared) {
    throw fault.badRequest(
      `The key '${names.join(',')}' is not a valid alternate key for entity '${table.logicalName}'.`,
    );
  }
  const values: Record<string, StoredValue> = {};
  for (const name of names) {
    const column = table.columns.find((c) => c.name === name);
    if (!column) throw fault.unknownProperty(table.logicalName, name);
    values[name] = coerceValue(table, column, given[name]);
  }
  return values;
}

export function keyText(key: EntityKey): string {
  return 'id' in key
    ? key.id
    : Object.entries(key.alternate)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(',');
}

export function parseJsonBody(entitySet: string, body: string): unknown {
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw fault.payload(entitySet, `Invalid JSON in the request body: ${(error as Error).message}`);
  }
}
