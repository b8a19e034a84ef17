import type { QueryOptions } from '../../dataverse';
import { ACTIVE_STATE, CONTACT, DO_NOT_PREFERENCE_COLUMNS, LEAD } from '../../schema/names';
import { partitionFilter, type Partition } from './partition';

/** A lead whose parent contact allows something the lead opts out of, with that contact's opt-outs expanded. */
export interface OptOutLeadRow {
  readonly leadid: string;
  readonly [LEAD.parentContact]?: ({ readonly contactid?: string } & Readonly<Record<string, unknown>>) | null;
  readonly [column: string]: unknown;
}

/**
 * Leads of the partition (any state: an opt-out is the person's, whatever became of the lead) with at least one
 * `donot…` preference set that their active parent contact does not have — the opt-outs a link missed (made before
 * this rule, by hand, or set on the lead later). The conditions on the contact go through the single-valued navigation
 * property (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#filter-on-lookup-property-values),
 * so only the work left to do comes back; the contact's own values come along in `$expand` to write exactly what is
 * missing.
 */
export function optOutLeadQuery(partition: Partition): QueryOptions {
  const looser = DO_NOT_PREFERENCE_COLUMNS.map(
    (column) => `(${column} eq true and ${LEAD.parentContact}/${column} eq false)`,
  ).join(' or ');
  const conditions = [`(${looser})`, `${LEAD.parentContact}/${CONTACT.state} eq ${ACTIVE_STATE}`];
  const share = partitionFilter(partition);
  if (share !== undefined) conditions.push(share);
  return {
    select: [LEAD.id, ...DO_NOT_PREFERENCE_COLUMNS],
    expand: [{ property: LEAD.parentContact, select: [CONTACT.id, ...DO_NOT_PREFERENCE_COLUMNS] }],
    filter: conditions.join(' and '),
    orderBy: [`${LEAD.id} asc`],
  };
}
