import type { ColumnDef, TableDef } from '../../../schema/types';

const CHOICE_TYPES = new Set(['picklist', 'multiselect', 'state', 'status', 'boolean']);
const LOOKUP_TYPES = new Set(['lookup', 'owner', 'customer']);
const TEXT_TYPES = new Set(['string', 'memo']);

/** Problems with one table's columns: keys, lengths, options, targets, defaults and the state/status pairing. */
export function columnProblems(table: TableDef): string[] {
  const problems: string[] = [];
  const at = (column: ColumnDef, text: string) => problems.push(`${table.logicalName}.${column.name}: ${text}`);
  const byName = new Map<string, ColumnDef>();
  for (const column of table.columns) {
    if (byName.has(column.name)) at(column, 'declared twice');
    byName.set(column.name, column);
    if (column.name !== column.name.toLowerCase()) at(column, 'a logical name must be lower case');
    if (TEXT_TYPES.has(column.type) && !(Number.isInteger(column.maxLength) && (column.maxLength ?? 0) > 0)) {
      at(column, `a ${column.type} column needs a positive maxLength`);
    }
    if (column.min !== undefined && column.max !== undefined && column.min > column.max) at(column, 'min exceeds max');
    if (LOOKUP_TYPES.has(column.type) && (column.targets ?? []).length === 0) at(column, 'a lookup needs targets');
    if (CHOICE_TYPES.has(column.type)) problems.push(...choiceProblems(table, column));
  }

  const primary = byName.get(table.primaryIdAttribute);
  if (primary?.type !== 'uniqueidentifier') {
    problems.push(`${table.logicalName}: primary id '${table.primaryIdAttribute}' must be a uniqueidentifier column`);
  }
  // Intersect tables (roleprivileges, systemuserroles) have no primary name: their references list none.
  const primaryName = byName.get(table.primaryNameAttribute);
  if (table.primaryNameAttribute !== '' && (!primaryName || !TEXT_TYPES.has(primaryName.type))) {
    problems.push(`${table.logicalName}: primary name '${table.primaryNameAttribute}' must be a text column`);
  }
  problems.push(...stateStatusProblems(table, byName.get('statecode'), byName.get('statuscode')));
  return problems;
}

function choiceProblems(table: TableDef, column: ColumnDef): string[] {
  const where = `${table.logicalName}.${column.name}`;
  const values = Object.keys(column.options ?? {}).map(Number);
  if (values.length === 0) return [`${where}: a ${column.type} column needs options`];
  if (column.type === 'boolean') {
    const problems = values.sort().join(',') === '0,1' ? [] : [`${where}: a boolean's options must be 0 and 1`];
    if (column.defaultValue !== undefined && typeof column.defaultValue !== 'boolean') {
      problems.push(`${where}: a boolean's default must be true or false`);
    }
    return problems;
  }
  if (column.defaultValue !== undefined && !values.includes(Number(column.defaultValue))) {
    return [`${where}: default ${String(column.defaultValue)} is not one of its options`];
  }
  return [];
}

function stateStatusProblems(table: TableDef, state?: ColumnDef, status?: ColumnDef): string[] {
  const where = table.logicalName;
  if (!state && !status) return [];
  if (!state || !status) return [`${where}: statecode and statuscode come as a pair`];
  if (state.type !== 'state' || status.type !== 'status')
    return [`${where}: statecode / statuscode have the wrong types`];
  const problems: string[] = [];
  const states = Object.keys(state.options ?? {}).map(Number);
  const reasons = Object.keys(status.options ?? {}).map(Number);
  const stateOf = status.statusState ?? {};
  for (const reason of reasons) {
    const owner = stateOf[reason];
    if (owner === undefined) problems.push(`${where}: status ${reason} names no state`);
    else if (!states.includes(owner)) problems.push(`${where}: status ${reason} belongs to unknown state ${owner}`);
  }
  for (const mapped of Object.keys(stateOf).map(Number)) {
    if (!reasons.includes(mapped)) problems.push(`${where}: statusState maps ${mapped}, which is not a status option`);
  }
  for (const s of states) {
    if (!reasons.some((r) => stateOf[r] === s)) problems.push(`${where}: state ${s} has no status reason`);
  }
  if (status.defaultValue !== undefined && state.defaultValue !== undefined) {
    if (stateOf[Number(status.defaultValue)] !== state.defaultValue) {
      problems.push(
        `${where}: default status ${String(status.defaultValue)} is not in default state ${String(state.defaultValue)}`,
      );
    }
  }
  return problems;
}
