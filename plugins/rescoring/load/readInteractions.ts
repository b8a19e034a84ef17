/**
 * Reads the interactions scoring needs, grouped: by contact (the lead's own contact) with one OData query per chunk
 * of contacts, and by account (the interactions of every contact of the account, for account-based models) with one
 * FetchXML query per chunk of accounts, joining interaction → contact on the contact's company
 * (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables).
 * In filters name the lookup by its logical name (`leadlink_contactid`), as query functions require.
 */
import { chunkForIn } from '../../../dataverse';
import { inFilter, type DataverseClient, type ODataRecord } from '../../../dataverse';
import { INTERACTION } from '../../../schema/leadlink';
import { ACTIVE_STATE, CONTACT, STATE_COLUMN } from '../../../schema/names';
import { scoringColumns, type ScoringModel, type WebApiRecord } from '../../scoring';
import type { InteractionWindow } from './interactionWindow';
import { logicalName } from './logicalName';

const INTERACTION_CONTACT_VALUE = `_${INTERACTION.contact}_value`;
/** The alias of the contact joined in the account query; its company comes back as `<alias>.parentcustomerid`. */
const CONTACT_ALIAS = 'interactioncontact';
const PARENT_CUSTOMER = logicalName(CONTACT.parentCustomerValue);

export type InteractionsByKey = ReadonlyMap<string, readonly WebApiRecord[]>;

export async function readContactInteractions(
  client: DataverseClient,
  model: ScoringModel,
  window: InteractionWindow,
  contactIds: readonly string[],
): Promise<InteractionsByKey> {
  const byContact = new Map<string, WebApiRecord[]>();
  if (window.types.length === 0 || contactIds.length === 0) return byContact;
  const conditions = [
    `${STATE_COLUMN} eq ${ACTIVE_STATE}`,
    inFilter(INTERACTION.type, window.types),
    ...(window.since ? [`${INTERACTION.occurredOn} ge ${window.since.toISOString()}`] : []),
  ];
  for (const ids of chunkForIn(unique(contactIds))) {
    const rows = client.queryRows(INTERACTION.entitySet, {
      select: scoringColumns(model).interaction,
      filter: [inFilter(INTERACTION.contact, ids), ...conditions].join(' and '),
      maxPageSize: 5000,
    });
    for await (const row of rows) add(byContact, row[INTERACTION_CONTACT_VALUE], row);
  }
  return byContact;
}

export async function readAccountInteractions(
  client: DataverseClient,
  model: ScoringModel,
  window: InteractionWindow,
  accountIds: readonly string[],
): Promise<InteractionsByKey> {
  const byAccount = new Map<string, WebApiRecord[]>();
  if (window.types.length === 0 || accountIds.length === 0) return byAccount;
  const attributes = scoringColumns(model)
    .interaction.map((column) => `<attribute name="${logicalName(column)}"/>`)
    .join('');
  for (const ids of chunkForIn(unique(accountIds), { maxChars: 6_000 })) {
    const fetchXml =
      `<fetch><entity name="${INTERACTION.table}">${attributes}` +
      `<filter><condition attribute="${STATE_COLUMN}" operator="eq" value="${ACTIVE_STATE}"/>` +
      `<condition attribute="${INTERACTION.type}" operator="in">${values(window.types.map(String))}</condition>` +
      (window.since
        ? `<condition attribute="${INTERACTION.occurredOn}" operator="ge" value="${window.since.toISOString()}"/>`
        : '') +
      `</filter>` +
      `<link-entity name="${CONTACT.table}" from="${CONTACT.id}" to="${INTERACTION.contact}" alias="${CONTACT_ALIAS}">` +
      `<attribute name="${PARENT_CUSTOMER}"/>` +
      `<filter><condition attribute="${PARENT_CUSTOMER}" operator="in">${values(ids)}</condition></filter>` +
      `</link-entity></entity></fetch>`;
    for await (const row of client.fetchXmlRows(INTERACTION.entitySet, fetchXml, { pageSize: 5000 })) {
      add(byAccount, row[`${CONTACT_ALIAS}.${PARENT_CUSTOMER}`], row);
    }
  }
  return byAccount;
}

/** GUIDs and option values only: nothing here needs XML escaping beyond what they are. */
function values(items: readonly string[]): string {
  return items.map((item) => `<value>${item}</value>`).join('');
}

function add(map: Map<string, WebApiRecord[]>, key: unknown, row: ODataRecord): void {
  if (typeof key !== 'string' || key === '') return;
  const id = key.toLowerCase();
  const list = map.get(id);
  if (list) list.push(row);
  else map.set(id, [row]);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}
