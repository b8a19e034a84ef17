/** Contacts with one open lead each, created through the Web API, and deterministic interactions for them. */
import type { DataverseClient } from '../../../../dataverse';
import { INTERACTION, INTERACTION_TYPE, type InteractionTypeName } from '../../../../schema/leadlink';
import { CONTACT, LEAD } from '../../../../schema/names';

export interface Person {
  readonly contactId: string;
  readonly leadId: string;
}

const DAY_MS = 86_400_000;
const TYPES = Object.keys(INTERACTION_TYPE) as InteractionTypeName[];

/** `count` contacts (every third a decision maker) each with one open lead on `topic`. */
export async function createPeople(
  client: DataverseClient,
  count: number,
  topic = 'Spring webinar',
): Promise<Person[]> {
  const contactIds = await client.createMultiple(
    CONTACT.set,
    CONTACT.table,
    Array.from({ length: count }, (_, i) => ({
      [CONTACT.firstName]: `Person${i}`,
      [CONTACT.lastName]: 'Tester',
      [CONTACT.email]: `person${i}@scoring.example.com`,
      ...(i % 3 === 0 ? { [CONTACT.role]: 1 } : {}),
    })),
  );
  const leadIds = await client.createMultiple(
    LEAD.set,
    LEAD.table,
    contactIds.map((contactId, i) => ({
      [LEAD.subject]: topic,
      [LEAD.firstName]: `Person${i}`,
      [LEAD.lastName]: 'Tester',
      [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${contactId})`,
    })),
  );
  return contactIds.map((contactId, i) => ({ contactId, leadId: leadIds[i] ?? '' }));
}

export interface InteractionItem {
  sourceId: string;
  contactId: string;
  type: InteractionTypeName;
  occurredOn: string;
  url?: string;
  campaign?: string;
  subject?: string;
}

/**
 * `perContact` interactions for each person, spread over the last 200 days (never on a day boundary, so rule windows
 * are not at their edge), types in rotation, every seventh website visit to the pricing page.
 */
export function interactionsFor(
  people: readonly Person[],
  perContact: number,
  now: Date,
  prefix = 'esp',
): InteractionItem[] {
  return people.flatMap((person, p) =>
    Array.from({ length: perContact }, (_, k): InteractionItem => {
      const type = TYPES[(p + k) % TYPES.length] ?? 'emailOpened';
      const daysAgo = ((p * 7 + k * 11) % 200) + 0.3;
      return {
        sourceId: `${prefix}-${p}-${k}`,
        contactId: person.contactId,
        type,
        occurredOn: new Date(now.getTime() - daysAgo * DAY_MS).toISOString(),
        ...(type === 'websiteVisited'
          ? { url: k % 7 === 0 ? 'https://contoso.example.com/pricing' : 'https://contoso.example.com/blog' }
          : {}),
        ...(type === 'eventRegistered' ? { campaign: 'Contoso Ltd Conference' } : {}),
      };
    }),
  );
}

/** An item as a leadlink_interaction row, to write straight into Dataverse (bypassing the intake). */
export function interactionRow(item: InteractionItem): Record<string, unknown> {
  return {
    [INTERACTION.sourceId]: item.sourceId,
    [INTERACTION.type]: INTERACTION_TYPE[item.type],
    [INTERACTION.occurredOn]: item.occurredOn,
    ...(item.url ? { [INTERACTION.url]: item.url } : {}),
    ...(item.campaign ? { [INTERACTION.campaign]: item.campaign } : {}),
    [`${INTERACTION.contactNav}@odata.bind`]: `/${CONTACT.set}(${item.contactId})`,
  };
}
