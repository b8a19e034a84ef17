/**
 * The seed's example against the emulator over HTTP: leads whose Topic is "Contoso Ltd Conference", whose contacts
 * are decision makers. The data is written over HTTP and the expected contacts are computed from it in plain
 * TypeScript (helpers/segmentWorld.ts), independently of the compiler.
 */
import { Emulator } from '../../../emulator';
import { CONFERENCE as DEMO_CONFERENCE, DEMO_CONTACTS, DEMO_LEADS } from '../../../emulator/seed/demoData';
import type { DataverseClient } from '../../../dataverse';
import { previewSegment, type SegmentPreview } from '../../../plugins/segments';
import { startEmulator } from '../emulator/helpers/http';
import { clientFor, segmentFile } from './helpers/client';
import {
  buildWorld,
  CONFERENCE,
  expectSeedExample,
  seededRandom,
  type ContactSpec,
  type WorldContact,
} from './helpers/segmentWorld';

const SEED_FILE = 'contoso-conference-decision-makers.json';

function exclusionCounts(preview: SegmentPreview, key: 'removed' | 'onlyThis'): Record<string, unknown> {
  return Object.fromEntries(preview.exclusions.map((e) => [e.id, e[key]]));
}

describe('the seed example on generated data', () => {
  let emu: Emulator;
  let client: DataverseClient;
  let world: WorldContact[];

  beforeAll(async () => {
    emu = await startEmulator();
    client = clientFor(emu);
    // Every combination of the preference flags (true, false, null) and state, on a decision maker with a conference
    // lead; every role and lead pattern with clean flags; then random contacts. Topics include the conference in other
    // case and accents (Dataverse compares text case- and accent-insensitively) and near misses that must not match.
    const subjects = [
      CONFERENCE,
      'CONTOSO LTD CONFÉRENCE',
      'Contoso Ltd Conference 2024',
      'Contoso Ltd',
      'Pricing inquiry',
    ];
    const flag = [true, false, null] as const;
    const combos: Omit<ContactSpec, 'firstname' | 'lastname'>[] = [];
    for (const inactive of [false, true])
      for (const donotbulkemail of flag)
        for (const donotemail of flag)
          for (const isMinor of flag)
            for (const consent of flag)
              combos.push({ role: 1, inactive, donotbulkemail, donotemail, isMinor, consent, leads: [CONFERENCE] });
    const leadPatterns = [
      [CONFERENCE],
      [subjects[1] ?? ''],
      [subjects[2] ?? '', subjects[4] ?? ''],
      [],
      [CONFERENCE, CONFERENCE, subjects[3] ?? ''],
    ];
    for (const role of [1, 2, 3, undefined]) for (const leads of leadPatterns) combos.push({ role, leads });
    const random = seededRandom(20250630);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let i = 0; i < 30; i++) {
      combos.push({
        role: pick([1, 1, 2, 3, undefined]),
        inactive: random() < 0.2,
        donotbulkemail: pick([true, false, null, undefined]),
        donotemail: pick([true, false, null, undefined]),
        isMinor: pick([true, false, null, undefined]),
        consent: pick([true, false, null, undefined]),
        leads: Array.from({ length: Math.floor(random() * 3) }, () => pick(subjects)),
      });
    }
    const lastNames = ['Davolio', 'Fuller', 'Leverling', 'Peacock'];
    const specs: ContactSpec[] = combos.map((combo, i) => ({
      ...combo,
      firstname: `P${String(i).padStart(3, '0')}`,
      lastname: lastNames[i % lastNames.length] ?? '',
    }));
    world = await buildWorld(emu, specs, [CONFERENCE, CONFERENCE]);
  });
  afterAll(async () => {
    client.close();
    await emu.stop();
  });

  it('returns exactly the expected contacts, in name order, with the right counts', async () => {
    const expected = expectSeedExample(world);
    // The data must exercise the example: more kept contacts than a preview lists, and every exclusion removing someone.
    expect(expected.kept.length).toBeGreaterThan(20);
    expect(Object.values(expected.removed).every((n) => n > 0)).toBe(true);

    const preview = await previewSegment(client, await segmentFile(client, SEED_FILE), { top: 500 });
    expect(preview.count).toBe(expected.kept.length);
    expect(preview.countBeforeExclusions).toBe(expected.base.length);
    expect(preview.contacts.map((c) => c.contactId)).toEqual(expected.kept.map((c) => c.id));
    expect(preview.contacts.map((c) => c.fullName)).toEqual(expected.kept.map((c) => c.fullname));
  });

  it('counts, for each exclusion, the contacts it removed and those only it removed', async () => {
    const expected = expectSeedExample(world);
    const preview = await previewSegment(client, await segmentFile(client, SEED_FILE));
    expect(exclusionCounts(preview, 'removed')).toEqual(expected.removed);
    expect(exclusionCounts(preview, 'onlyThis')).toEqual(expected.onlyThis);
    expect(preview.notExcluded).toEqual([]);
  });

  it('lists the first 20 contacts by name by default', async () => {
    const expected = expectSeedExample(world);
    const preview = await previewSegment(client, await segmentFile(client, SEED_FILE));
    expect(preview.contacts.map((c) => c.contactId)).toEqual(expected.kept.slice(0, 20).map((c) => c.id));
    expect(preview.count).toBe(expected.kept.length);
  });
});

describe('the seed example on the demo data', () => {
  let emu: Emulator;
  let client: DataverseClient;
  beforeAll(async () => {
    emu = await new Emulator({ seed: 'demo' }).start();
    client = clientFor(emu);
  });
  afterAll(async () => {
    client.close();
    await emu.stop();
  });

  it('yields the demo contacts the example is about, and each exclusion removes one of them', async () => {
    // Expected from the demo declarations, in plain TypeScript.
    const conferenceContacts = new Set(DEMO_LEADS.filter((l) => l.subject === DEMO_CONFERENCE).map((l) => l.contact));
    const base = DEMO_CONTACTS.filter((c) => c.accountrolecode === 1 && conferenceContacts.has(c.key));
    const kept = base.filter(
      (c) =>
        !c.inactive && !c.donotbulkemail && !c.donotemail && !(c.msdyn_isminor && !c.msdyn_isminorwithparentalconsent),
    );
    const names = kept.map((c) => `${c.firstname} ${c.lastname}`).sort();

    const preview = await previewSegment(client, await segmentFile(client, SEED_FILE));
    expect(preview.contacts.map((c) => c.fullName)).toEqual(names);
    expect(preview.count).toBe(kept.length);
    expect(preview.countBeforeExclusions).toBe(base.length);
    expect(exclusionCounts(preview, 'removed')).toEqual({
      inactiveContacts: 1,
      doNotBulkEmail: 1,
      doNotEmail: 1,
      minorsWithoutConsent: 1,
    });
  });
});
