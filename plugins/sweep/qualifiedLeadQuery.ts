import type { QueryOptions } from '../../dataverse';
import { CONTACT, LEAD, LEAD_STATE } from '../../schema/names';
import { partitionFilter, type Partition } from './partition';

/** A qualified lead of the partition whose parent contact is still marketing-only, as the query returns it. */
export interface QualifiedLeadRow {
  readonly leadid: string;
  readonly _parentcontactid_value?: string | null;
  readonly [column: string]: unknown;
}

/**
 * Qualified leads of the partition whose parent contact still has marketingonly = true: the qualifications the
 * lead-qualified webhook missed. The condition on the contact goes through the single-valued navigation property
 * (`parentcontactid/marketingonly`, https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#filter-on-lookup-property-values),
 * so only the work left to do comes back.
 */
export function qualifiedLeadQuery(partition: Partition): QueryOptions {
  const conditions = [
    `${LEAD.state} eq ${LEAD_STATE.qualified}`,
    `${LEAD.parentContact}/${CONTACT.marketingOnly} eq true`,
  ];
  const share = partitionFilter(partition);
  if (share !== undefined) conditions.push(share);
  return { select: [LEAD.id, LEAD.parentContactValue], filter: conditions.join(' and '), orderBy: [`${LEAD.id} asc`] };
}
