import { CONTACT } from '../../schema/names';
import { MAX_CONTACT_GENERATIONS } from './contactId';
import { type IdentityContact, isActiveContact } from './IdentityContact';

/** Contacts read so far, by lower-case id: the row, or null when no contact has that id. */
export type KnownContacts = ReadonlyMap<string, IdentityContact | null>;

/**
 * What to do for a lead no match was found for, given its identity's deterministic ids:
 * - `link`: an active contact of the identity exists (one an earlier attempt made), or the contact the identity's
 *   deactivated one was merged into, followed through `masterid` to an active master;
 * - `create`: the identity's first free generation — every earlier one is inactive with no active master;
 * - `read`: these contacts must be read first (their rows, or that they do not exist).
 */
export type IdentityDecision =
  | {
      readonly kind: 'link';
      readonly contactId: string;
      readonly contact: IdentityContact;
      readonly via: 'identity' | 'master';
    }
  | { readonly kind: 'create'; readonly contactId: string; readonly generation: number }
  | { readonly kind: 'read'; readonly contactIds: readonly string[] };

/**
 * Walks the identity's generations in order: the same decision for every attempt that knows the same rows, so
 * concurrent attempts converge on one contact (the create-only upsert lets one of them make it; the others meet it
 * with 412, read it and link). A master chain is followed until an active contact, a missing one or a loop.
 *
 * @param idOf the identity's contact id of each generation (deterministicContactId with the lead's data).
 */
export function decideIdentityContact(idOf: (generation: number) => string, known: KnownContacts): IdentityDecision {
  for (let generation = 0; generation < MAX_CONTACT_GENERATIONS; generation++) {
    const contactId = idOf(generation).toLowerCase();
    const row = known.get(contactId);
    if (row === undefined) return { kind: 'read', contactIds: [contactId] };
    if (row === null) return { kind: 'create', contactId, generation };
    if (isActiveContact(row)) return { kind: 'link', contactId, contact: row, via: 'identity' };
    const master = followMaster(row, known);
    if (master.kind !== 'none') return master;
  }
  throw new RangeError(
    `Every one of ${MAX_CONTACT_GENERATIONS} contacts of this identity is inactive with no active master; reactivate one`,
  );
}

function followMaster(start: IdentityContact, known: KnownContacts): IdentityDecision | { readonly kind: 'none' } {
  const seen = new Set<string>([start.contactid.toLowerCase()]);
  for (let next = masterOf(start); next !== undefined && !seen.has(next);) {
    const row = known.get(next);
    if (row === undefined) return { kind: 'read', contactIds: [next] };
    if (row === null) break;
    if (isActiveContact(row)) return { kind: 'link', contactId: next, contact: row, via: 'master' };
    seen.add(next);
    next = masterOf(row);
  }
  return { kind: 'none' };
}

function masterOf(row: IdentityContact): string | undefined {
  const master = row[CONTACT.masterValue];
  return typeof master === 'string' && master !== '' ? master.toLowerCase() : undefined;
}
