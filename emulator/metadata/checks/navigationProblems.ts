import type { NavigationDef, TableDef } from '../../../schema/types';

const LOOKUP_TYPES = new Set(['lookup', 'owner', 'customer']);

/**
 * Problems with one table's navigation properties, checked against all tables: a single-valued property must be
 * backed by a lookup on its own table that may point at its target; a collection-valued one must be the partner of a
 * single-valued property on the target table (same relationship, pointing back, same lookup).
 */
export function navigationProblems(table: TableDef, tables: ReadonlyMap<string, TableDef>): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const singleRelationships = new Set<string>();
  for (const nav of table.navigation) {
    const where = `${table.logicalName}/${nav.name}`;
    if (names.has(nav.name)) problems.push(`${where}: declared twice`);
    names.add(nav.name);
    const target = tables.get(nav.target);
    if (!target) {
      problems.push(`${where}: target table '${nav.target}' is not declared`);
      continue;
    }
    if (nav.kind === 'single') {
      if (singleRelationships.has(nav.relationship))
        problems.push(`${where}: relationship ${nav.relationship} used twice`);
      singleRelationships.add(nav.relationship);
      problems.push(...singleProblems(where, table, nav));
    } else {
      problems.push(...collectionProblems(where, table, target, nav));
    }
  }
  return problems;
}

function singleProblems(where: string, table: TableDef, nav: NavigationDef): string[] {
  const column = table.columns.find((c) => c.name === nav.lookup);
  if (!column) return [`${where}: lookup column '${nav.lookup}' is not declared`];
  if (!LOOKUP_TYPES.has(column.type)) return [`${where}: '${nav.lookup}' is a ${column.type}, not a lookup`];
  if (!(column.targets ?? []).includes(nav.target)) {
    return [
      `${where}: '${nav.lookup}' cannot point at '${nav.target}' (targets: ${(column.targets ?? []).join(', ')})`,
    ];
  }
  return [];
}

function collectionProblems(where: string, table: TableDef, target: TableDef, nav: NavigationDef): string[] {
  const partner = target.navigation.find((n) => n.kind === 'single' && n.relationship === nav.relationship);
  if (!partner) return [`${where}: '${target.logicalName}' has no single-valued property for ${nav.relationship}`];
  const problems: string[] = [];
  if (partner.target !== table.logicalName) {
    problems.push(`${where}: the partner ${target.logicalName}/${partner.name} points at '${partner.target}'`);
  }
  if (partner.lookup !== nav.lookup) {
    problems.push(`${where}: lookup '${nav.lookup}' differs from the partner's '${partner.lookup}'`);
  }
  return problems;
}
