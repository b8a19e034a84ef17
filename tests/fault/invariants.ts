/**
 * What must hold after a final sweep, whatever happened before it, read from the emulator's store — not through the
 * code under test.
 */
import type { Emulator } from '../../emulator';
import { isEntityRef, type RowValues } from '../../emulator/store/values';
import { normalizeEmail } from '../../plugins/identity';
import { DO_NOT_PREFERENCE_COLUMNS } from '../../schema/names';

const OPEN = 0;
const ACTIVE = 0;
/** Columns every write changes: not a change of what anyone entered. */
const PLATFORM = new Set(['modifiedon', 'modifiedby', 'versionnumber']);

const parentOf = (values: RowValues) => (isEntityRef(values.parentcontactid) ? values.parentcontactid.id : undefined);

/** Open leads without a parent contact. */
export function orphanLeads(emulator: Emulator): string[] {
  return [...emulator.store.rows('lead')]
    .filter((lead) => lead.values.statecode === OPEN && parentOf(lead.values) === undefined)
    .map((lead) => lead.id);
}

/**
 * Leads (any state) whose parent contact is inactive — but those linked before a person deactivated their contact by
 * hand (`except`): LeadLink never links to an inactive contact, and a merged contact's leads move to its master.
 */
export function leadsOfInactiveContacts(emulator: Emulator, except: ReadonlySet<string> = new Set()): string[] {
  return [...emulator.store.rows('lead')]
    .filter((lead) => {
      if (except.has(lead.id)) return false;
      const parent = parentOf(lead.values);
      return parent !== undefined && emulator.store.get('contact', parent)?.values.statecode !== ACTIVE;
    })
    .map((lead) => lead.id);
}

/** Normalized e-mails that more than one active contact holds. */
export function twins(emulator: Emulator): string[] {
  const count = new Map<string, number>();
  for (const contact of emulator.store.rows('contact')) {
    if (contact.values.statecode !== ACTIVE) continue;
    const email = normalizeEmail(
      typeof contact.values.emailaddress1 === 'string' ? contact.values.emailaddress1 : null,
    );
    if (email !== undefined) count.set(email, (count.get(email) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n > 1).map(([email]) => email);
}

/** Active marketing-only contacts (only LeadLink makes them) that no lead points at. */
export function ghosts(emulator: Emulator): string[] {
  const pointed = new Set([...emulator.store.rows('lead')].map((lead) => parentOf(lead.values)));
  return [...emulator.store.rows('contact')]
    .filter((c) => c.values.marketingonly === true && c.values.statecode === ACTIVE && !pointed.has(c.id))
    .map((c) => c.id);
}

export type Snapshot = ReadonlyMap<string, RowValues>;

export function snapshotContacts(emulator: Emulator): Snapshot {
  return new Map([...emulator.store.rows('contact')].map((row) => [row.id, row.values]));
}

/**
 * How the contacts of a snapshot changed, other than a lead's opt-out reaching them: a column changed that is not a
 * platform column, or an opt-out went from true to false (loosened), or to true when no lead of the contact has it.
 */
export function changesBeyondOptOuts(emulator: Emulator, before: Snapshot): string[] {
  const problems: string[] = [];
  const optOutsOf = new Map<string, Set<string>>();
  for (const lead of emulator.store.rows('lead')) {
    const parent = parentOf(lead.values);
    if (parent === undefined) continue;
    const set = optOutsOf.get(parent) ?? new Set<string>();
    for (const column of DO_NOT_PREFERENCE_COLUMNS) if (lead.values[column] === true) set.add(column);
    optOutsOf.set(parent, set);
  }
  for (const [id, was] of before) {
    const now = emulator.store.get('contact', id)?.values;
    if (now === undefined) {
      problems.push(`${id}: deleted`);
      continue;
    }
    for (const column of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (PLATFORM.has(column) || JSON.stringify(was[column] ?? null) === JSON.stringify(now[column] ?? null)) continue;
      const isOptOut = (DO_NOT_PREFERENCE_COLUMNS as readonly string[]).includes(column);
      if (isOptOut && was[column] !== true && now[column] === true && optOutsOf.get(id)?.has(column)) continue;
      problems.push(`${id}.${column}: ${JSON.stringify(was[column])} → ${JSON.stringify(now[column])}`);
    }
  }
  return problems;
}
