/**
 * How many open leads there are, for a progress bar: one FetchXML aggregate (Dataverse counts up to 50,000 rows
 * this way, https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data). Undefined when
 * the count cannot be had; progress then shows what is done without a total.
 */
import type { DataverseClient } from '../../dataverse';
import { LEAD, LEAD_STATE, STATE_COLUMN } from '../../schema/names';

const ALIAS = 'openleads';

export async function countOpenLeads(client: DataverseClient): Promise<number | undefined> {
  const fetchXml =
    `<fetch aggregate="true"><entity name="${LEAD.table}">` +
    `<attribute name="${LEAD.id}" aggregate="count" alias="${ALIAS}"/>` +
    `<filter><condition attribute="${STATE_COLUMN}" operator="eq" value="${LEAD_STATE.open}"/></filter>` +
    `</entity></fetch>`;
  try {
    for await (const row of client.fetchXmlRows(LEAD.set, fetchXml)) {
      const count = row[ALIAS];
      return typeof count === 'number' ? count : undefined;
    }
  } catch {
    // Past the aggregate limit Dataverse refuses the count; the run itself is unaffected.
  }
  return undefined;
}
