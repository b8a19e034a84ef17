import type { TableDef } from '../../../schema/types';
import { fault } from '../../errors/faults';
import type { Catalog } from '../../metadata/catalog';
import { propertyNameOf, resolveProperty } from '../properties';
import { queryFault } from '../queryFaults';
import type { SelectedProperty } from './QueryOptions';
import { splitTopLevel } from './splitTopLevel';

/**
 * Reads `$select`: column properties by name, lookups as `_<name>_value`, `*` for all. A navigation property may
 * only appear when it is also expanded (Dataverse returns the lookup through `_x_value` or `$expand`: "you can't use
 * $select", select-columns.md). Undefined means "no $select".
 */
export function parseSelect(
  text: string,
  table: TableDef,
  catalog: Catalog,
  expanded: ReadonlySet<string> = new Set(),
): SelectedProperty[] | undefined {
  if (text.trim() === '') return undefined;
  const selected = new Map<string, SelectedProperty>();
  for (const piece of splitTopLevel(text, ',')) {
    const name = piece.text.trim();
    if (name === '*') {
      for (const column of table.columns)
        selected.set(propertyNameOf(column), { property: propertyNameOf(column), column });
      continue;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      if (name.includes('/')) throw queryFault.pathNotSupported('$select', name);
      throw queryFault.termNotValid(name);
    }
    const property = resolveProperty(catalog, table, name);
    if (!property) throw fault.unknownProperty(table.logicalName, name);
    if (property.kind === 'navigation') {
      if (expanded.has(name)) continue;
      const nav = property.navigation;
      throw queryFault.navigationInSelect(name, table.logicalName, nav.kind === 'single' ? nav.lookup : undefined);
    }
    selected.set(name, { property: name, column: property.column });
  }
  return [...selected.values()];
}
