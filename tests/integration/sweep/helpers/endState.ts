import type { Emulator } from '../../../../emulator';
import { normalizeEmail } from '../../../../plugins/identity';

export interface ContactState {
  readonly email: unknown;
  readonly firstname: unknown;
  readonly lastname: unknown;
  readonly marketingonly: unknown;
  readonly donotbulkemail: unknown;
  readonly statecode: unknown;
}

export interface EndState {
  /** lead id → parent contact id (null when orphan). */
  readonly links: Readonly<Record<string, string | null>>;
  readonly contacts: Readonly<Record<string, ContactState>>;
}

/** What the emulator holds, read from its store — not through the code under test. */
export function endState(emulator: Emulator): EndState {
  const links: Record<string, string | null> = {};
  for (const row of emulator.store.rows('lead')) {
    const parent = row.values.parentcontactid;
    links[row.id] = parent && typeof parent === 'object' && 'id' in parent ? parent.id : null;
  }
  const contacts: Record<string, ContactState> = {};
  for (const row of emulator.store.rows('contact')) {
    const v = row.values;
    contacts[row.id] = {
      email: v.emailaddress1 ?? null,
      firstname: v.firstname ?? null,
      lastname: v.lastname ?? null,
      marketingonly: v.marketingonly ?? null,
      donotbulkemail: v.donotbulkemail ?? null,
      statecode: v.statecode ?? null,
    };
  }
  return { links, contacts };
}

/** Normalized e-mails held by more than one contact. */
export function sharedEmails(state: EndState): string[] {
  const seen = new Map<string, number>();
  for (const contact of Object.values(state.contacts)) {
    const email = normalizeEmail(typeof contact.email === 'string' ? contact.email : undefined);
    if (email !== undefined) seen.set(email, (seen.get(email) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([email]) => email);
}

/** Leads still without a parent contact. */
export function orphans(state: EndState): string[] {
  return Object.entries(state.links)
    .filter(([, contact]) => contact === null)
    .map(([lead]) => lead);
}
