import type { CallOptions, DataverseClient } from '../../dataverse';
import { CONTACT } from '../../schema/names';
import { isActiveContact, type IdentityContact } from '../identity';
import { readIdentityContacts } from './readIdentityContacts';

/** What became of a contact named by id: it is active, it was merged into an active master, or neither. */
export type ResolvedContact =
  | { readonly kind: 'active'; readonly contactId: string }
  | { readonly kind: 'merged'; readonly contactId: string; readonly mergedFrom: string }
  | { readonly kind: 'inactive'; readonly contactId: string }
  | { readonly kind: 'missing'; readonly contactId: string };

/** Merge chains are short; a longer one is treated as broken rather than followed forever. */
const MAX_MASTER_HOPS = 10;

/**
 * The active contact behind each id a caller names (an interaction feed, a form): the contact itself when active,
 * else the active master `Merge` moved it into (`masterid`, followed through chains), else `inactive` — a deactivated
 * contact no one should market to — or `missing`. One read per hop of the chains, each an `In` over the ids.
 */
export async function resolveActiveContacts(
  client: Pick<DataverseClient, 'queryPages'>,
  contactIds: readonly string[],
  call?: CallOptions,
): Promise<Map<string, ResolvedContact>> {
  const known = new Map<string, IdentityContact | null>();
  let toRead = [...new Set(contactIds.map((id) => id.toLowerCase()))];
  for (let hop = 0; hop <= MAX_MASTER_HOPS && toRead.length > 0; hop++) {
    for (const [id, row] of await readIdentityContacts(client, toRead, call)) known.set(id, row);
    toRead = [...known.values()].flatMap((row) => {
      const master = row && !isActiveContact(row) ? masterOf(row) : undefined;
      return master !== undefined && !known.has(master) ? [master] : [];
    });
  }
  const resolved = new Map<string, ResolvedContact>();
  for (const id of new Set(contactIds.map((c) => c.toLowerCase()))) resolved.set(id, resolve(id, known));
  return resolved;
}

function resolve(contactId: string, known: ReadonlyMap<string, IdentityContact | null>): ResolvedContact {
  const row = known.get(contactId);
  if (!row) return { kind: 'missing', contactId };
  if (isActiveContact(row)) return { kind: 'active', contactId };
  const seen = new Set([contactId]);
  for (let next = masterOf(row); next !== undefined && !seen.has(next);) {
    seen.add(next);
    const master = known.get(next);
    if (!master) break;
    if (isActiveContact(master)) return { kind: 'merged', contactId: next, mergedFrom: contactId };
    next = masterOf(master);
  }
  return { kind: 'inactive', contactId };
}

function masterOf(row: IdentityContact): string | undefined {
  const master = row[CONTACT.masterValue];
  return typeof master === 'string' && master !== '' ? master.toLowerCase() : undefined;
}
