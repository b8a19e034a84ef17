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

/**
 * Ghosts: active marketing-only contacts that no lead points at — what LeadLink creates, only ever for a lead it links
 * in the same change set. (A contact merged away is inactive and has no leads by design; it is not a ghost.)
 */
export function ghosts(state: EndState): string[] {
  const linked = new Set(Object.values(state.links).filter((id): id is string => id !== null));
  return Object.entries(state.contacts)
    .filter(([id, c]) => c.marketingonly === true && c.statecode === 0 && !linked.has(id))
    .map(([id]) => id);
}

/** Leads still without a parent contact. */
export function orphans(state: EndState): string[] {
  return Object.entries(state.links)
    .filter(([, contact]) => contact === null)
    .map(([lead]) => lead);
}
