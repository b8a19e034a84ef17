import { CONTACT, LEAD, LEAD_STATE, STATE_COLUMN, ACTIVE_STATE } from '../../../schema/names';

/**
 * The backlog counts as aggregate FetchXML: one row each, whatever the size of the environment (Dataverse counts up
 * to 50,000 rows this way and refuses beyond, https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data).
 * Records without a related record are found with an outer link and a null condition on it
 * (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables#use-left-outer-join-in-fetchxml-to-query-for-records-not-in-a-set).
 */
export const COUNT_ALIAS = 'total';

const count = (entity: string, id: string, body: string) =>
  `<fetch aggregate="true"><entity name="${entity}"><attribute name="${id}" alias="${COUNT_ALIAS}" aggregate="count" />${body}</entity></fetch>`;

/** Open leads without a parent contact: what the sweep (`leadlink backfill`) links. */
export function orphanLeadsFetchXml(): string {
  return count(
    LEAD.table,
    LEAD.id,
    `<filter><condition attribute="${LEAD.state}" operator="eq" value="${LEAD_STATE.open}" />` +
      `<condition attribute="${LEAD.parentContact}" operator="null" /></filter>`,
  );
}

/** Qualified leads whose parent contact is still marketing-only: qualifications the webhook missed. */
export function qualifiedMarketingOnlyFetchXml(): string {
  return count(
    LEAD.table,
    LEAD.id,
    `<filter><condition attribute="${LEAD.state}" operator="eq" value="${LEAD_STATE.qualified}" /></filter>` +
      `<link-entity name="${CONTACT.table}" from="${CONTACT.id}" to="${LEAD.parentContact}" link-type="inner">` +
      `<filter><condition attribute="${CONTACT.marketingOnly}" operator="eq" value="1" /></filter></link-entity>`,
  );
}

/** Active marketing-only contacts that no lead names as its parent contact. */
export function unlinkedMarketingOnlyFetchXml(): string {
  const alias = 'anylead';
  return count(
    CONTACT.table,
    CONTACT.id,
    `<filter><condition attribute="${CONTACT.marketingOnly}" operator="eq" value="1" />` +
      `<condition attribute="${STATE_COLUMN}" operator="eq" value="${ACTIVE_STATE}" />` +
      `<condition entityname="${alias}" attribute="${LEAD.id}" operator="null" /></filter>` +
      `<link-entity name="${LEAD.table}" from="${LEAD.parentContact}" to="${CONTACT.id}" link-type="outer" alias="${alias}" />`,
  );
}
