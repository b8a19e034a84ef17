import type { RowValues } from '../store/values';

const STATE_COLUMNS = new Set(['statecode', 'statuscode']);
const PLATFORM_COLUMNS = new Set(['modifiedon', 'modifiedby', 'modifiedonbehalfby', 'versionnumber']);

/**
 * "When update requests … include both state/status fields plus other standard fields, plug-ins registered for the
 * Update message … execute once for all non-state/status fields, and then once for the state/status fields"
 * (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
 * Returns the Target column sets of each Update execution.
 */
export function splitStateChange(written: RowValues): RowValues[] {
  const keys = Object.keys(written);
  const state = keys.filter((k) => STATE_COLUMNS.has(k));
  const other = keys.filter((k) => !STATE_COLUMNS.has(k) && !PLATFORM_COLUMNS.has(k));
  if (state.length === 0 || other.length === 0) return [written];
  const pick = (names: string[]) => Object.fromEntries(names.map((k) => [k, written[k] ?? null]));
  const platform = keys.filter((k) => PLATFORM_COLUMNS.has(k));
  return [pick([...other, ...platform]), pick([...state, ...platform])];
}
