/**
 * Test data for segments, written over HTTP to an emulator, and the expected segment computed from the same data in
 * plain TypeScript — without the compiler — so a test can compare what the FetchXML selects with what it should.
 */
import type { Emulator } from '../../../../emulator';
import { CONTACT, LEAD } from '../../../../schema/names';
import { create, objectOf, patch, get } from '../../emulator/helpers/http';

export const CONFERENCE = 'Contoso Ltd Conference';

export interface ContactSpec {
  readonly firstname: string;
  readonly lastname: string;
  /** 1 Decision Maker, 2 Employee, 3 Influencer; undefined leaves it unset. */
  readonly role?: number;
  readonly inactive?: boolean;
  /** undefined leaves the column to its default (false); null writes null, as rows from before the column have. */
  readonly donotbulkemail?: boolean | null;
  readonly donotemail?: boolean | null;
  readonly isMinor?: boolean | null;
  readonly consent?: boolean | null;
  /** Subjects of the leads whose parent contact this is. */
  readonly leads: readonly string[];
}

export interface WorldContact extends ContactSpec {
  readonly id: string;
  readonly fullname: string;
}

/** Writes the contacts and their leads, plus orphan leads (no parent contact); returns the contacts with their ids. */
export async function buildWorld(
  emu: Emulator,
  specs: readonly ContactSpec[],
  orphanSubjects: readonly string[] = [],
): Promise<WorldContact[]> {
  const contacts: WorldContact[] = [];
  for (const spec of specs) {
    const optional = (column: string, value: boolean | number | null | undefined) =>
      value === undefined ? {} : { [column]: value };
    const id = await create(emu, CONTACT.set, {
      [CONTACT.firstName]: spec.firstname,
      [CONTACT.lastName]: spec.lastname,
      ...optional(CONTACT.role, spec.role),
      ...optional(CONTACT.doNotBulkEmail, spec.donotbulkemail),
      ...optional(CONTACT.doNotEmail, spec.donotemail),
      ...optional(CONTACT.isMinor, spec.isMinor),
      ...optional(CONTACT.isMinorWithParentalConsent, spec.consent),
    });
    // Deactivating is an update of statecode/statuscode (contact: 1 Inactive, status 2 Inactive).
    if (spec.inactive) await expectOk(patch(emu, `${CONTACT.set}(${id})`, { [CONTACT.state]: 1, statuscode: 2 }));
    for (const subject of spec.leads) {
      await create(emu, LEAD.set, {
        [LEAD.subject]: subject,
        [LEAD.lastName]: spec.lastname,
        [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${id})`,
      });
    }
    const stored = objectOf(await get(emu, `${CONTACT.set}(${id})?$select=${CONTACT.fullName}`));
    contacts.push({ ...spec, id, fullname: String(stored[CONTACT.fullName]) });
  }
  for (const subject of orphanSubjects)
    await create(emu, LEAD.set, { [LEAD.subject]: subject, [LEAD.lastName]: 'Orphan' });
  return contacts;
}

async function expectOk(reply: Promise<{ status: number; text: string }>): Promise<void> {
  const { status, text } = await reply;
  if (status >= 300) throw new Error(`write failed (${status}): ${text.slice(0, 300)}`);
}

/** Dataverse compares text case- and accent-insensitively (its default SQL collation). */
export function sameText(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(a) === fold(b);
}

/** The exclusions, written from the words, independently of plugins/segments/exclusions.ts. */
export const EXPECTED_EXCLUSIONS = {
  inactiveContacts: (c: ContactSpec) => c.inactive === true,
  doNotBulkEmail: (c: ContactSpec) => c.donotbulkemail === true,
  doNotEmail: (c: ContactSpec) => c.donotemail === true,
  minorsWithoutConsent: (c: ContactSpec) => c.isMinor === true && c.consent !== true,
} as const;

export type ExpectedExclusionId = keyof typeof EXPECTED_EXCLUSIONS;

/** What the seed example should yield: decision makers with a conference lead, minus every exclusion. */
export function expectSeedExample(contacts: readonly WorldContact[]) {
  const base = contacts.filter((c) => c.role === 1 && c.leads.some((s) => sameText(s, CONFERENCE)));
  const ids = Object.keys(EXPECTED_EXCLUSIONS) as ExpectedExclusionId[];
  const excludedBy = (c: ContactSpec) => ids.filter((id) => EXPECTED_EXCLUSIONS[id](c));
  const kept = base.filter((c) => excludedBy(c).length === 0);
  const byName = (a: WorldContact, b: WorldContact) => (a.fullname.toLowerCase() < b.fullname.toLowerCase() ? -1 : 1);
  return {
    base,
    kept: [...kept].sort(byName),
    removed: Object.fromEntries(ids.map((id) => [id, base.filter((c) => EXPECTED_EXCLUSIONS[id](c)).length])),
    onlyThis: Object.fromEntries(
      ids.map((id) => [id, base.filter((c) => excludedBy(c).length === 1 && EXPECTED_EXCLUSIONS[id](c)).length]),
    ),
  };
}

/** A small deterministic random source, so a failing case can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
