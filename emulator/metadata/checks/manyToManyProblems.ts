import type { TableDef } from '../../../schema/types';
import type { ManyToManyDef, ManyToManySide } from '../manyToMany';

/**
 * Problems with N:N relationships: both tables and the intersect table exist, the intersect table has a lookup to
 * each side, and a side's navigation property name does not clash with one of that table's 1:N properties.
 */
export function manyToManyProblems(
  relationships: readonly ManyToManyDef[],
  tables: ReadonlyMap<string, TableDef>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rel of relationships) {
    if (seen.has(rel.schemaName)) problems.push(`${rel.schemaName}: declared twice`);
    seen.add(rel.schemaName);
    const intersect = tables.get(rel.intersectEntity);
    if (!intersect) {
      problems.push(`${rel.schemaName}: intersect table '${rel.intersectEntity}' is not declared`);
      continue;
    }
    for (const side of [rel.entity1, rel.entity2]) problems.push(...sideProblems(rel, side, intersect, tables));
  }
  return problems;
}

function sideProblems(
  rel: ManyToManyDef,
  side: ManyToManySide,
  intersect: TableDef,
  tables: ReadonlyMap<string, TableDef>,
): string[] {
  const where = `${rel.schemaName} (${side.table})`;
  const table = tables.get(side.table);
  if (!table) return [`${where}: table '${side.table}' is not declared`];
  const problems: string[] = [];
  const column = intersect.columns.find((c) => c.name === side.intersectAttribute);
  // Pure intersect tables (systemuserroles) hold the ids as Uniqueidentifier columns; listmember holds lookups.
  const holdsId =
    column?.type === 'uniqueidentifier' || (column?.type === 'lookup' && (column.targets ?? []).includes(side.table));
  if (!holdsId) {
    problems.push(
      `${where}: ${intersect.logicalName}.${side.intersectAttribute} must be a lookup to '${side.table}' or a uniqueidentifier`,
    );
  }
  if (table.navigation.some((n) => n.name === side.navigationPropertyName)) {
    problems.push(`${where}: '${side.navigationPropertyName}' clashes with a 1:N navigation property`);
  }
  return problems;
}
