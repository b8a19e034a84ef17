import type { ODataRecord } from '../../dataverse';
import { STEP } from '../webhook/registrationNames';
import { sameId } from './describeValue';
import { normalizeColumnList } from './normalizeColumnList';
import type { MessageFilter } from './resolveMessageFilters';

/** One column whose registered value is not the one the registry asks for. */
export interface ColumnDifference {
  readonly field: string;
  readonly current: unknown;
  readonly desired: unknown;
}

/**
 * The desired columns a registered row does not hold; `listColumn` is a comma-separated column list compared as a set
 * (order and spacing don't count). `register` writes these differences; `doctor` lists them.
 */
export function columnDifferences(desired: ODataRecord, current: ODataRecord, listColumn: string): ColumnDifference[] {
  const out: ColumnDifference[] = [];
  for (const [field, value] of Object.entries(desired)) {
    const before = field === listColumn ? normalizeColumnList(current[field]) : (current[field] ?? null);
    if (before !== value) out.push({ field, current: before, desired: value });
  }
  return out;
}

/** Whether a registered step is bound to another endpoint, message or table than the registry's. */
export function stepBindsDiffer(current: ODataRecord, endpointId: string, filter: MessageFilter): boolean {
  return (
    !sameId(current[STEP.eventHandlerValue], endpointId) ||
    !sameId(current[STEP.messageValue], filter.messageId) ||
    !sameId(current[STEP.filterValue], filter.filterId)
  );
}
