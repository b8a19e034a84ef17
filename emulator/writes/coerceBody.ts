import type { NavigationDef, TableDef } from '../../schema/types';
import type { Catalog } from '../metadata/catalog';
import { fault } from '../errors/faults';
import type { EntityRef, StoredValue } from '../store/values';
import { coerceValue } from './coerceValue';
import { parseBindTarget } from './parseBindTarget';

export interface CoercedBody {
  /** Column values, lookups included (set from single-valued binds). */
  readonly values: Record<string, StoredValue>;
  /** Collection-valued binds (create only): the related rows to point at the new row. */
  readonly collectionBinds: readonly { readonly nav: NavigationDef; readonly refs: readonly EntityRef[] }[];
}

const BIND = '@odata.bind';

/**
 * Turns a create/update JSON body into stored values for `table`: unknown properties and navigation properties are
 * rejected with Dataverse's payload error; instance annotations other than `@odata.bind` (e.g. `@odata.type`,
 * `@odata.etag`) are ignored, as the Web API ignores them.
 */
export function coerceBody(
  catalog: Catalog,
  table: TableDef,
  body: unknown,
  operation: 'create' | 'update',
  resolveReference: (value: string) => string = (v) => v,
): CoercedBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw fault.payload(table.entitySetName, 'The request body must be a JSON object.');
  }
  const values: Record<string, StoredValue> = {};
  const collectionBinds: { nav: NavigationDef; refs: EntityRef[] }[] = [];
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    if (key.endsWith(BIND)) {
      const navName = key.slice(0, -BIND.length);
      const nav = catalog.navigation(table.logicalName, navName);
      if (!nav) {
        throw fault.payload(
          table.entitySetName,
          `An undeclared property '${navName}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.`,
        );
      }
      if (nav.kind === 'single') {
        // A lookup the platform alone sets (masterid) is not valid for create or update through its bind either.
        const lookup = catalog.column(table.logicalName, nav.lookup);
        if (lookup && (operation === 'create' ? lookup.validForCreate : lookup.validForUpdate) === false)
          throw fault.notValidFor(table.logicalName, nav.lookup, operation);
        const ref =
          raw === null ? null : parseBindTarget(catalog, table.entitySetName, resolveBind(raw, resolveReference));
        // A principal lookup (ownerid) accepts any of its column's targets; other navs have one target.
        const allowed = catalog.column(table.logicalName, nav.lookup)?.targets ?? [nav.target];
        if (ref && !allowed.includes(ref.logicalName)) {
          throw fault.payload(
            table.entitySetName,
            `The navigation property '${navName}' expects a '${allowed.join("' or '")}', not a '${ref.logicalName}'.`,
          );
        }
        values[nav.lookup] = ref;
      } else {
        if (operation !== 'create') {
          throw fault.badRequest(
            `A collection-valued navigation property '${navName}' can be bound only on create; use the $ref endpoint to associate.`,
          );
        }
        if (!Array.isArray(raw))
          throw fault.payload(table.entitySetName, `The value of '${key}' must be an array of URIs.`);
        collectionBinds.push({
          nav,
          refs: raw.map((r) => parseBindTarget(catalog, table.entitySetName, resolveBind(r, resolveReference))),
        });
      }
      continue;
    }
    if (key.includes('@')) continue; // instance annotations
    const column = catalog.column(table.logicalName, key);
    if (!column) {
      if (catalog.navigation(table.logicalName, key)) {
        throw fault.payload(
          table.entitySetName,
          `Deep insert through '${key}' is not supported by this emulator; use '${key}@odata.bind'.`,
        );
      }
      throw fault.payloadUnknownProperty(table.entitySetName, table.logicalName, key);
    }
    if (
      operation === 'create' &&
      column.validForCreate === false &&
      column.type !== 'state' &&
      column.type !== 'status'
    ) {
      throw fault.notValidFor(table.logicalName, key, operation);
    }
    if (operation === 'update' && column.validForUpdate === false)
      throw fault.notValidFor(table.logicalName, key, operation);
    values[key] = coerceValue(table, column, raw);
  }
  return { values, collectionBinds };
}

function resolveBind(raw: unknown, resolveReference: (value: string) => string): unknown {
  return typeof raw === 'string' ? resolveReference(raw) : raw;
}
