import { inFilter, type QueryOptions } from '../../dataverse';
import { LEAD, LEAD_STATE } from '../../schema/names';
import { LEAD_IDENTITY_SELECT } from '../identity';
import { partitionFilter, type Partition } from './partition';

/** Open leads without a parent contact: the leads capability 1 is about. */
export function orphanLeadFilter(partition: Partition): string {
  const conditions = [`${LEAD.state} eq ${LEAD_STATE.open}`, `${LEAD.parentContactValue} eq null`];
  const share = partitionFilter(partition);
  if (share !== undefined) conditions.push(share);
  return conditions.join(' and ');
}

/**
 * The orphan leads of a partition, ordered by leadid: Dataverse's paging cookie then resumes after the last id of a
 * page, so leads linked while the sweep runs neither shift nor repeat later pages. The `$select` is what matching
 * and contactFromLead read, and nothing else; the ETag of each row comes along and guards its link.
 */
export function orphanLeadQuery(partition: Partition): QueryOptions {
  return { select: LEAD_IDENTITY_SELECT, filter: orphanLeadFilter(partition), orderBy: [`${LEAD.id} asc`] };
}

/** The same leads again, by id, after a write found them changed: only those still open and orphan come back. */
export function orphanLeadsByIdQuery(partition: Partition, leadIds: readonly string[]): QueryOptions {
  return {
    select: LEAD_IDENTITY_SELECT,
    filter: `${orphanLeadFilter(partition)} and ${inFilter(LEAD.id, leadIds)}`,
    orderBy: [`${LEAD.id} asc`],
  };
}
