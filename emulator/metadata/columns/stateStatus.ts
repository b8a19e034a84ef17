import type { ColumnDef } from '../../../schema/types';
import type { ColumnFlags } from './define';

/**
 * The statecode / statuscode pair. `reasons` maps each status reason to its label and the state it belongs to, as the
 * table reference lists them (`Value | Label | State`).
 */
export function stateCode(
  states: Readonly<Record<number, string>>,
  defaultValue: number,
  flags: ColumnFlags = {},
): ColumnDef {
  return { name: 'statecode', type: 'state', options: states, defaultValue, ...flags };
}

export function statusCode(
  reasons: Readonly<Record<number, readonly [label: string, state: number]>>,
  defaultValue: number,
  flags: ColumnFlags = {},
): ColumnDef {
  const options: Record<number, string> = {};
  const statusState: Record<number, number> = {};
  for (const [value, [label, state]] of Object.entries(reasons)) {
    options[Number(value)] = label;
    statusState[Number(value)] = state;
  }
  return { name: 'statuscode', type: 'status', options, statusState, defaultValue, ...flags };
}

/** The common Active / Inactive pair: states 0 and 1, reasons 1 and 2. */
export function activeInactive(stateFlags: ColumnFlags = {}): [ColumnDef, ColumnDef] {
  return [
    stateCode({ 0: 'Active', 1: 'Inactive' }, 0, stateFlags),
    statusCode({ 1: ['Active', 0], 2: ['Inactive', 1] }, 1),
  ];
}
