/**
 * `create` against the emulator over HTTP: a segment saved as a dynamic or static marketing list of contacts, idempotent
 * by name — a rerun updates the one list, never makes a second; a static list's members follow the segment.
 */
import type { DataverseClient } from '../../../dataverse';
import { Emulator } from '../../../emulator';
import {
  compileSegment,
  LIST,
  LIST_MEMBER,
  MarketingListError,
  saveSegmentList,
  type SegmentDefinition,
} from '../../../plugins/segments';
import { CONTACT } from '../../../schema/names';
import { get, patch, rowsOf } from '../emulator/helpers/http';
import { clientFor, segmentFile } from './helpers/client';
import { buildWorld, CONFERENCE, expectSeedExample, type WorldContact } from './helpers/segmentWorld';

let emu: Emulator;
let client: DataverseClient;
let world: WorldContact[];
let seed: SegmentDefinition;

beforeAll(async () => {
  emu = await new Emulator({ seed: 'empty' }).start();
  client = clientFor(emu);
  world = await buildWorld(emu, [
    { firstname: 'Nancy', lastname: 'Davolio', role: 1, leads: [CONFERENCE, 'Pricing inquiry'] },
    { firstname: 'Anne', lastname: 'Dodsworth', role: 1, leads: [CONFERENCE] },
    { firstname: 'Andrew', lastname: 'Fuller', role: 2, leads: [CONFERENCE] },
    { firstname: 'Janet', lastname: 'Leverling', role: 1, donotbulkemail: true, leads: [CONFERENCE] },
    { firstname: 'Michael', lastname: 'Suyama', role: 1, isMinor: true, consent: true, leads: [CONFERENCE] },
  ]);
  seed = await segmentFile(client, 'contoso-conference-decision-makers.json');
});
afterAll(async () => {
  client.close();
  await emu.stop();
});

const listsNamed = async (name: string) =>
  rowsOf(await get(emu, `${LIST.set}?$filter=${LIST.name} eq '${encodeURIComponent(name.replace(/'/g, "''"))}'`));
const memberIds = async (listId: string) =>
  rowsOf(await get(emu, `${LIST_MEMBER.set}?$select=${LIST_MEMBER.entityIdValue}&$filter=_listid_value eq ${listId}`))
    .map((row) => String(row[LIST_MEMBER.entityIdValue]))
    .sort();
const expectedIds = () =>
  expectSeedExample(world)
    .kept.map((c) => c.id)
    .sort();

describe('a dynamic list', () => {
  it('is created once with the segment query, and a rerun finds and keeps that one list', async () => {
    const first = await saveSegmentList(client, seed, { name: 'Conference DMs', kind: 'dynamic' });
    const second = await saveSegmentList(client, seed, { name: 'Conference DMs', kind: 'dynamic' });
    expect([first.created, second.created, second.updated]).toEqual([true, false, false]);
    expect(second.listId).toBe(first.listId);

    const lists = await listsNamed('Conference DMs');
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({
      [LIST.id]: first.listId,
      [LIST.type]: true,
      [LIST.memberTypeCode]: 2,
      [LIST.memberType]: 2,
      [LIST.query]: compileSegment(seed).fetchXml,
    });
  });

  it('is updated in place when the segment changes, and found whatever the case of its name', async () => {
    const first = await saveSegmentList(client, seed, { name: 'Changing segment', kind: 'dynamic' });
    const wider: SegmentDefinition = { ...seed, include: { ...seed.include, doNotBulkEmail: true } };
    const second = await saveSegmentList(client, wider, { name: 'CHANGING SEGMENT', kind: 'dynamic' });
    expect([second.created, second.updated, second.listId]).toEqual([false, true, first.listId]);
    const lists = await listsNamed('Changing segment');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.[LIST.query]).toBe(compileSegment(wider).fetchXml);
    // The stored query selects what the wider segment should: Janet (no bulk email) is let in.
    const rows = rowsOf(
      await get(emu, `${CONTACT.set}?fetchXml=${encodeURIComponent(String(lists[0]?.[LIST.query]))}`),
    );
    const janet = world.find((c) => c.firstname === 'Janet');
    expect(rows.map((r) => r[CONTACT.id])).toContain(janet?.id);
  });

  it('makes one list when two runs race to create it', async () => {
    const [a, b] = await Promise.all([
      saveSegmentList(client, seed, { name: 'Raced list', kind: 'dynamic' }),
      saveSegmentList(client, seed, { name: 'Raced list', kind: 'dynamic' }),
    ]);
    expect(a.listId).toBe(b.listId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await listsNamed('Raced list')).toHaveLength(1);
  });
});

describe('a static list', () => {
  it('holds exactly the segment contacts; a rerun adds and removes nothing', async () => {
    const first = await saveSegmentList(client, seed, { name: 'Conference DMs (static)', kind: 'static' });
    expect(first.members).toEqual({ added: expectedIds().length, removed: 0, total: expectedIds().length });
    expect(await memberIds(first.listId)).toEqual(expectedIds());
    const second = await saveSegmentList(client, seed, { name: 'Conference DMs (static)', kind: 'static' });
    expect(second).toMatchObject({ listId: first.listId, created: false, members: { added: 0, removed: 0 } });
    expect(await memberIds(first.listId)).toEqual(expectedIds());
    const lists = await listsNamed('Conference DMs (static)');
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ [LIST.type]: false, [LIST.memberTypeCode]: 2 });
  });

  it('follows the segment: a contact who opts out leaves, a new decision maker joins', async () => {
    const name = 'Following list';
    const before = await saveSegmentList(client, seed, { name, kind: 'static' });
    const nancy = world.find((c) => c.firstname === 'Nancy');
    const andrew = world.find((c) => c.firstname === 'Andrew');
    await patch(emu, `${CONTACT.set}(${nancy?.id})`, { [CONTACT.doNotEmail]: true });
    await patch(emu, `${CONTACT.set}(${andrew?.id})`, { [CONTACT.role]: 1 });
    try {
      const after = await saveSegmentList(client, seed, { name, kind: 'static' });
      expect(after.members).toMatchObject({ added: 1, removed: 1 });
      const expected = [...expectedIds().filter((id) => id !== nancy?.id), andrew?.id ?? ''].sort();
      expect(await memberIds(before.listId)).toEqual(expected);
    } finally {
      await patch(emu, `${CONTACT.set}(${nancy?.id})`, { [CONTACT.doNotEmail]: false });
      await patch(emu, `${CONTACT.set}(${andrew?.id})`, { [CONTACT.role]: 2 });
    }
  });
});

describe('names and types that cannot be saved into', () => {
  it('refuses to turn a dynamic list static (Dataverse fixes the type), naming the list, and changes nothing', async () => {
    const dynamic = await saveSegmentList(client, seed, { name: 'Typed list', kind: 'dynamic' });
    const mark = emu.log.mark;
    const attempt = saveSegmentList(client, seed, { name: 'Typed list', kind: 'static' });
    await expect(attempt).rejects.toThrow(MarketingListError);
    await expect(attempt).rejects.toThrow(new RegExp(`"Typed list" \\(${dynamic.listId}\\) is dynamic`));
    expect(emu.log.entries(mark).filter((e) => e.method !== 'GET')).toEqual([]);
  });

  it('refuses a name shared by two lists, naming both', async () => {
    for (let i = 0; i < 2; i++) {
      await client.create(LIST.set, {
        [LIST.name]: 'Twice',
        [LIST.type]: true,
        [LIST.memberTypeCode]: 2,
        [LIST.query]: '<fetch/>',
      });
    }
    const ids = (await listsNamed('Twice')).map((l) => String(l[LIST.id]));
    const attempt = saveSegmentList(client, seed, { name: 'Twice', kind: 'dynamic' });
    await expect(attempt).rejects.toThrow(/2 marketing lists are named "Twice"/);
    await expect(attempt).rejects.toMatchObject({ listIds: expect.arrayContaining(ids) });
  });

  it('refuses a list of leads of the same name, and empty or over-long names', async () => {
    await client.create(LIST.set, { [LIST.name]: 'Lead list', [LIST.type]: false, [LIST.memberTypeCode]: 4 });
    await expect(saveSegmentList(client, seed, { name: 'Lead list', kind: 'static' })).rejects.toThrow(
      /holds leads, not contacts/,
    );
    await expect(
      saveSegmentList(client, { ...seed, name: undefined } as SegmentDefinition, { kind: 'dynamic' }),
    ).rejects.toThrow(/needs a name/);
    await expect(saveSegmentList(client, seed, { name: 'x'.repeat(129), kind: 'dynamic' })).rejects.toThrow(
      /129 characters/,
    );
  });

  it('takes the definition name when no name is given', async () => {
    const saved = await saveSegmentList(client, seed, { kind: 'dynamic' });
    expect(saved.name).toBe('Contoso Ltd Conference decision makers');
    expect(await listsNamed(saved.name)).toHaveLength(1);
  });
});
