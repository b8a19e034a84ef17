import { attributeOf, childElements, descendants, firstChild, textOf, type XmlElement } from '../../../xml/XmlNode';
import type { ParsedSolution } from './ParsedSolution';

/** Whether a table has a column, by logical names. */
export type ColumnExists = (table: string, column: string) => boolean;

/**
 * Views name only columns that exist (in Microsoft's table declarations, or among the columns the solution adds),
 * show only columns their query fetches, query their own table, and have unique ids.
 */
export function checkViews({ customizations }: ParsedSolution, columnExists: ColumnExists): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entity of childElements(firstChild(customizations, 'Entities') ?? customizations, 'Entity')) {
    const info = firstChild(firstChild(entity, 'EntityInfo') ?? entity, 'entity');
    const table = (attributeOf(info ?? entity, 'Name') ?? textOf(entity, 'Name') ?? '').toLowerCase();
    const added = new Set(descendants(info ?? entity, 'attribute').map((a) => textOf(a, 'LogicalName') ?? ''));
    const exists = (column: string) => added.has(column) || columnExists(table, column);
    for (const view of descendants(entity, 'savedquery')) {
      const name = `view '${viewName(view)}' of ${table}`;
      const id = (textOf(view, 'savedqueryid') ?? '').toLowerCase();
      if (ids.has(id)) problems.push(`${name}: savedqueryid ${id} is used twice`);
      ids.add(id);
      const fetchEntity = firstChild(firstChild(firstChild(view, 'fetchxml') ?? view, 'fetch') ?? view, 'entity');
      if (!fetchEntity) {
        problems.push(`${name}: no <fetchxml><fetch><entity>`);
        continue;
      }
      if (attributeOf(fetchEntity, 'name') !== table)
        problems.push(`${name}: its FetchXML queries '${attributeOf(fetchEntity, 'name') ?? ''}'`);
      const fetched = new Set(childElements(fetchEntity, 'attribute').map((a) => attributeOf(a, 'name') ?? ''));
      for (const column of [...fetched, ...ownColumns(fetchEntity)]) {
        if (!exists(column)) problems.push(`${name}: column '${column}' does not exist on ${table}`);
      }
      const grid = firstChild(firstChild(view, 'layoutxml') ?? view, 'grid');
      if (!grid) continue;
      const jump = attributeOf(grid, 'jump');
      if (jump && !fetched.has(jump))
        problems.push(`${name}: the grid jumps to '${jump}', which the query does not fetch`);
      for (const row of childElements(grid, 'row')) {
        const rowId = attributeOf(row, 'id');
        if (rowId && !exists(rowId)) problems.push(`${name}: the grid's row id '${rowId}' does not exist on ${table}`);
        for (const cell of childElements(row, 'cell')) {
          const column = attributeOf(cell, 'name') ?? '';
          if (!fetched.has(column))
            problems.push(`${name}: the grid shows '${column}', which the query does not fetch`);
        }
      }
    }
  }
  return problems;
}

/** Columns an entity's orders and conditions name (not those of its link-entities). */
function ownColumns(entity: XmlElement): string[] {
  const out = childElements(entity, 'order').map((o) => attributeOf(o, 'attribute') ?? '');
  const visit = (filter: XmlElement) => {
    for (const condition of childElements(filter, 'condition')) out.push(attributeOf(condition, 'attribute') ?? '');
    for (const nested of childElements(filter, 'filter')) visit(nested);
  };
  for (const filter of childElements(entity, 'filter')) visit(filter);
  return out.filter(Boolean);
}

/** A view by its first localized name, else its id. */
export function viewName(view: XmlElement): string {
  const names = firstChild(view, 'LocalizedNames');
  const first = names ? firstChild(names, 'LocalizedName') : undefined;
  return attributeOf(first ?? view, 'description') ?? textOf(view, 'savedqueryid') ?? '(unnamed)';
}
