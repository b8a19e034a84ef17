import type { DataverseClient } from '../../dataverse';
import { normalizeEmail } from '../../plugins/identity';
import { CONTACT, LEAD, LEAD_STATE } from '../../schema/names';

export interface Outcome {
  /** Open leads still without a parent contact. */
  readonly orphans: number;
  readonly contacts: number;
  /** Contacts beyond the first that share a normalized e-mail: twins. */
  readonly twins: number;
}

/** Reads the end state back (after the timed part), to show that both paths did the whole job — and how well. */
export async function checkOutcome(client: DataverseClient): Promise<Outcome> {
  const orphans = await client.queryAll(LEAD.set, {
    select: [LEAD.id],
    filter: `${LEAD.state} eq ${LEAD_STATE.open} and ${LEAD.parentContactValue} eq null`,
  });
  const contacts = await client.queryAll(CONTACT.set, { select: [CONTACT.id, CONTACT.email] });
  const emails = new Set<string>();
  let twins = 0;
  for (const contact of contacts) {
    const email = normalizeEmail(
      typeof contact[CONTACT.email] === 'string' ? (contact[CONTACT.email] as string) : undefined,
    );
    if (email === undefined) continue;
    if (emails.has(email)) twins++;
    emails.add(email);
  }
  return { orphans: orphans.length, contacts: contacts.length, twins };
}
