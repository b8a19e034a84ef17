import type { Catalog } from '../metadata/catalog';
import { fault } from '../errors/faults';
import { normalizeGuid } from './guid';
import type { EntityRef } from '../store/values';

/**
 * Reads an `@odata.bind` value: `/contacts(<guid>)`, `contacts(<guid>)` or an absolute URL ending so. `$1`-style
 * Content-ID references are resolved by the caller before this.
 */
export function parseBindTarget(catalog: Catalog, entitySet: string, value: unknown): EntityRef {
  if (typeof value !== 'string') {
    throw fault.payload(entitySet, `An @odata.bind value must be a string URI, got ${JSON.stringify(value)}.`);
  }
  const match = /(?:^|\/)([A-Za-z_][A-Za-z0-9_]*)\(([^)]+)\)$/.exec(value.trim());
  if (!match) throw fault.payload(entitySet, `The URI '${value}' in an @odata.bind annotation is not valid.`);
  const [, set = '', key = ''] = match;
  const table = catalog.byEntitySet(set);
  if (!table) throw fault.resourceNotFound(set);
  const id = normalizeGuid(key);
  if (!id) throw fault.payload(entitySet, `The key '${key}' in the URI '${value}' is not a valid GUID.`);
  return { id, logicalName: table.logicalName };
}
