import type { TableDef } from '../../../schema/types';
import type { ManyToManyDef } from '../manyToMany';
import { columnProblems } from './columnProblems';
import { manyToManyProblems } from './manyToManyProblems';
import { navigationProblems } from './navigationProblems';

/**
 * Everything that is internally inconsistent in a set of table declarations (Microsoft's, plus a solution's after
 * import). Empty when the declarations hang together; otherwise one readable line per problem.
 */
export function tableProblems(tables: readonly TableDef[], manyToMany: readonly ManyToManyDef[] = []): string[] {
  const problems: string[] = [];
  const byName = new Map<string, TableDef>();
  const sets = new Set<string>();
  for (const table of tables) {
    if (byName.has(table.logicalName)) problems.push(`${table.logicalName}: declared twice`);
    if (sets.has(table.entitySetName))
      problems.push(`${table.logicalName}: entity set '${table.entitySetName}' is taken`);
    byName.set(table.logicalName, table);
    sets.add(table.entitySetName);
  }
  for (const table of tables) {
    problems.push(...columnProblems(table), ...navigationProblems(table, byName));
  }
  problems.push(...manyToManyProblems(manyToMany, byName));
  return problems;
}
