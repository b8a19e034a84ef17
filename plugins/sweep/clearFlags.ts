import { CONTACT } from '../../schema/names';
import type { SweepClient } from './SweepClient';
import { updateContacts, type UpdateOutcome } from './updateContacts';
import type { WriteContext } from './WriteContext';

/**
 * Sets marketingonly = false on the contacts — they are sales contacts now ("Once the lead is qualified … another
 * workflow could clear this flag", Market to leads with Customer Insights – Journeys). Overwriting is harmless here:
 * false is the value the flag must end at, and only contact creation ever sets it true (updateContacts.ts).
 */
export async function clearFlags(
  client: SweepClient,
  contactIds: readonly string[],
  context: WriteContext,
  onChunk: (outcomes: readonly (readonly [string, UpdateOutcome])[]) => void,
): Promise<void> {
  const updates = contactIds.map((contactId) => ({ contactId, values: { [CONTACT.marketingOnly]: false } }));
  await updateContacts(client, updates, context, onChunk);
}
