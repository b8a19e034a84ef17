/** An accepted interaction as a leadlink_interaction row for the Web API (lookups bound with `@odata.bind`). */
import type { ODataRecord } from '../../dataverse';
import { INTERACTION, INTERACTION_TABLE, INTERACTION_TYPE } from '../../schema/leadlink';
import { CONTACT, LEAD } from '../../schema/names';
import type { InteractionInput } from './InteractionInput';
import { MAX_LENGTH } from './limits';

export function toInteractionRecord(input: InteractionInput): ODataRecord {
  const type = INTERACTION_TYPE[input.type];
  const record: ODataRecord = {
    [INTERACTION.name]: interactionName(input).slice(0, MAX_LENGTH.name),
    [INTERACTION.sourceId]: input.sourceId,
    [INTERACTION.type]: type,
    [INTERACTION.occurredOn]: input.occurredOn,
    [`${INTERACTION.contactNav}@odata.bind`]: `/${CONTACT.set}(${input.contactId})`,
  };
  if (input.leadId !== undefined) record[`${INTERACTION.leadNav}@odata.bind`] = `/${LEAD.set}(${input.leadId})`;
  if (input.subject !== undefined) record[INTERACTION.subject] = input.subject;
  if (input.url !== undefined) record[INTERACTION.url] = input.url;
  if (input.campaign !== undefined) record[INTERACTION.campaign] = input.campaign;
  return record;
}

/** The primary name people see in views: the type's label and what it was about. */
function interactionName(input: InteractionInput): string {
  const options = INTERACTION_TABLE.columns.find((column) => column.name === INTERACTION.type)?.options;
  const label = options?.[INTERACTION_TYPE[input.type]] ?? input.type;
  const about = input.subject ?? input.campaign ?? input.url;
  return about === undefined ? label : `${label}: ${about}`;
}
