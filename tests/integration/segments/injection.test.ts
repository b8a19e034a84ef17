/**
 * Values with quotes, angle brackets and ampersands, against the emulator over HTTP: each one matches exactly the
 * leads that carry it, character for character, and none can change the query — not through a JSON definition, not
 * through the CLI's flags, not through a list name.
 */
import type { DataverseClient } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import {
  compileSegment,
  entityDefinitionsMetadata,
  parseSegmentDefinition,
  previewSegment,
  saveSegmentList,
  segmentFromFlags,
  LIST,
  type SegmentMetadata,
} from '../../../plugins/segments';
import { get, rowsOf, startEmulator } from '../emulator/helpers/http';
import { clientFor } from './helpers/client';
import { buildWorld, type WorldContact } from './helpers/segmentWorld';

/** Each would widen or break the query if it reached the FetchXML unescaped. */
const HOSTILE = [
  `Contoso" operator="not-null`,
  `x"/><condition attribute="subject" operator="not-null"/><condition attribute="subject" operator="eq" value="x`,
  `</filter></link-entity></entity></fetch>`,
  `O'Brien & <Partners> "Ltd"`,
  `' or 1=1 --`,
  `&amp; &lt;not an entity&gt;`,
];

let emu: Emulator;
let client: DataverseClient;
let world: WorldContact[];
let metadata: SegmentMetadata;

beforeAll(async () => {
  emu = await startEmulator();
  client = clientFor(emu);
  metadata = await entityDefinitionsMetadata(client);
  world = await buildWorld(emu, [
    ...HOSTILE.map((subject, i) => ({ firstname: `Hostile${i}`, lastname: 'Subject', role: 1, leads: [subject] })),
    { firstname: 'Plain', lastname: 'Contoso', role: 1, leads: ['Contoso'] },
    { firstname: 'Other', lastname: 'Lead', role: 1, leads: ['Something else'] },
  ]);
});
afterAll(async () => {
  client.close();
  await emu.stop();
});

const bySubject = (subject: string) => ({
  lead: { conditions: [{ column: 'subject', operator: 'eq', value: subject }] },
});

it.each(HOSTILE.map((value, i) => [i, value] as const))(
  'hostile value %i matches only its own lead',
  async (i, value) => {
    const preview = await previewSegment(client, parseSegmentDefinition(bySubject(value), metadata));
    expect(preview.contacts.map((c) => c.contactId)).toEqual([world[i]?.id]);
    expect(preview.count).toBe(1);
    expect(preview.countBeforeExclusions).toBe(1);
  },
);

it('keeps hostile values intact through the CLI flags and through like patterns', async () => {
  const value = HOSTILE[1] ?? '';
  const fromFlags = segmentFromFlags({ lead: [`subject=${value}`] }, metadata);
  expect((await previewSegment(client, fromFlags)).contacts.map((c) => c.contactId)).toEqual([world[1]?.id]);

  const like = parseSegmentDefinition(
    { lead: { conditions: [{ column: 'subject', operator: 'like', value: `%<Partners> "Ltd"` }] } },
    metadata,
  );
  expect((await previewSegment(client, like)).contacts.map((c) => c.contactId)).toEqual([world[3]?.id]);
});

it('stores a hostile value in a dynamic list query exactly as compiled, under a hostile list name', async () => {
  const definition = parseSegmentDefinition(bySubject(HOSTILE[0] ?? ''), metadata);
  const name = `Q3 "VIP" <list> & 'co'`;
  const saved = await saveSegmentList(client, definition, { name, kind: 'dynamic' });
  const lists = rowsOf(await get(emu, `${LIST.set}?$select=${LIST.name},${LIST.query}`));
  expect(lists).toHaveLength(1);
  expect(lists[0]?.[LIST.name]).toBe(name);
  expect(lists[0]?.[LIST.query]).toBe(compileSegment(definition).fetchXml);
  // The stored query, run as Dataverse would run it, still selects only that lead's contact.
  const rows = rowsOf(await get(emu, `contacts?fetchXml=${encodeURIComponent(String(lists[0]?.[LIST.query]))}`));
  expect(rows.map((r) => r.contactid)).toEqual([world[0]?.id]);
  expect(saved.created).toBe(true);
});
