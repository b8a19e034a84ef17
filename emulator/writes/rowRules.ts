import type { TableDef } from '../../schema/types';
import { fault } from '../errors/faults';
import type { RowValues, StoredValue } from '../store/values';

/**
 * What the platform does to a row on every write, beyond storing the given values: defaults, computed names,
 * status reasons that follow their state.
 */
export function applyDefaults(table: TableDef, values: Record<string, StoredValue>): void {
  for (const column of table.columns) {
    if (values[column.name] === undefined && column.defaultValue !== undefined)
      values[column.name] = column.defaultValue;
  }
}

/**
 * fullname/yomifullname follow firstname + lastname, as Dataverse composes them (default "First Last" format);
 * serviceendpoint.isauthvalueset says whether the unreadable authvalue holds something.
 */
export function applyComputed(table: TableDef, merged: RowValues, changes: Record<string, StoredValue>): void {
  const has = (name: string) => table.columns.some((c) => c.name === name);
  if (has('isauthvalueset') && 'authvalue' in changes) {
    changes.isauthvalueset = typeof changes.authvalue === 'string' && changes.authvalue !== '';
  }
  if (has('fullname') && ('firstname' in changes || 'lastname' in changes || 'middlename' in changes)) {
    const parts = [merged.firstname, merged.middlename, merged.lastname].filter(
      (p): p is string => typeof p === 'string' && p !== '',
    );
    changes.fullname = parts.length > 0 ? parts.join(' ') : null;
  }
}

/** Keeps statecode and statuscode consistent: a status must belong to its state; a new state gets its default status. */
export function applyState(
  table: TableDef,
  id: string,
  before: RowValues | undefined,
  changes: Record<string, StoredValue>,
): void {
  const status = table.columns.find((c) => c.type === 'status');
  const state = table.columns.find((c) => c.type === 'state');
  if (!status?.statusState || !state) return;
  const map = status.statusState;
  const newState = changes[state.name];
  const newStatus = changes[status.name];
  if (typeof newStatus === 'number') {
    const owner = map[newStatus];
    const effectiveState = typeof newState === 'number' ? newState : before?.[state.name];
    if (typeof newState !== 'number' && before === undefined) {
      changes[state.name] = owner ?? 0;
      return;
    }
    if (owner !== effectiveState) {
      throw fault.invalidArgument(
        `${String(newStatus)} is not a valid status code for state code ${table.logicalName}State.${String(effectiveState)} on ${table.logicalName} with Id ${id}.`,
      );
    }
    return;
  }
  if (typeof newState === 'number') {
    const first = Object.entries(map).find(([, s]) => s === newState);
    if (!first) throw fault.outOfRange(table.logicalName, state.name, newState);
    changes[status.name] = Number(first[0]);
  }
}
