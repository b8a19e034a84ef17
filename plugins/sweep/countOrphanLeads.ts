import { LEAD, LEAD_STATE } from '../../schema/names';
import { partitionBounds, type Partition } from './partition';
import type { SweepClient } from './SweepClient';

/**
 * How many orphan leads the partition holds, for a progress bar's total: one FetchXML aggregate. Dataverse refuses
 * aggregates over more than 50,000 rows (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations);
 * then, or on any other error, the total is unknown (undefined) and the bar shows the rate without an ETA.
 */
export async function countOrphanLeads(client: SweepClient, partition: Partition): Promise<number | undefined> {
  const { lower, upper } = partitionBounds(partition);
  const conditions = [
    `<condition attribute="${LEAD.state}" operator="eq" value="${LEAD_STATE.open}" />`,
    `<condition attribute="${LEAD.parentContact}" operator="null" />`,
    ...(lower !== undefined ? [`<condition attribute="${LEAD.id}" operator="ge" value="${lower}" />`] : []),
    ...(upper !== undefined ? [`<condition attribute="${LEAD.id}" operator="lt" value="${upper}" />`] : []),
  ];
  const fetchXml =
    `<fetch aggregate="true"><entity name="${LEAD.table}">` +
    `<attribute name="${LEAD.id}" alias="orphans" aggregate="count" />` +
    `<filter type="and">${conditions.join('')}</filter></entity></fetch>`;
  try {
    for await (const row of client.fetchXmlRows(LEAD.set, fetchXml)) {
      const value = row.orphans;
      return typeof value === 'number' ? value : undefined;
    }
    return 0;
  } catch {
    return undefined;
  }
}
