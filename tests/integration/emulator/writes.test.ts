import { randomUUID } from 'node:crypto';
import type { Emulator } from '../../../emulator';
import { CONTACT, LEAD } from '../../../schema/names';
import {
  create,
  errorOf,
  get,
  idFromEntityId,
  objectOf,
  patch,
  post,
  PREFER,
  send,
  startEmulator,
} from './helpers/http';
import { CODE } from './helpers/names';

/**
 * Writes as the Web API answers them: create (204 + OData-EntityId, or 201 with the row), update, upsert with
 * If-Match / If-None-Match, optimistic concurrency with ETags, delete, and @odata.bind ("Create a table row",
 * "Perform conditional operations", "Update and delete table rows" in the Web API docs).
 */

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(() => emu.stop());

const leadPath = (id: string) => `${LEAD.set}(${id})`;
const subjectOf = async (id: string) =>
  objectOf(await get(emu, `${leadPath(id)}?$select=${LEAD.subject}`))[LEAD.subject];
const leadCount = async () =>
  Number(objectOf(await get(emu, `${LEAD.set}?$select=${LEAD.id}&$count=true`))['@odata.count']);
const DUPLICATE = 'A record with matching key values already exists.';
const VERSION_MISMATCH = "The version of the existing record doesn't match the RowVersion property provided.";

describe('create', () => {
  test('204 No Content with OData-EntityId naming the new row, and no body', async () => {
    const reply = await post(emu, LEAD.set, { [LEAD.subject]: 'Created', [LEAD.lastName]: 'Plain' });
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    const id = idFromEntityId(reply);
    expect(reply.headers.get('odata-entityid')).toBe(`${emu.apiUrl}${LEAD.set}(${id})`);
    const row = objectOf(await get(emu, leadPath(id)));
    expect(row[LEAD.id]).toBe(id);
    expect(row[LEAD.subject]).toBe('Created');
    expect(row[LEAD.createdOn]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(row[LEAD.fullName]).toBe('Plain');
  });

  test('201 Created with the row (and $select honoured) under Prefer: return=representation', async () => {
    const reply = await post(
      emu,
      `${LEAD.set}?$select=${LEAD.subject},${LEAD.lastName}`,
      { [LEAD.subject]: 'Returned', [LEAD.lastName]: 'Rep' },
      {
        Prefer: PREFER.representation,
      },
    );
    expect(reply.status).toBe(201);
    expect(reply.headers.get('odata-entityid')).toBeNull();
    expect(reply.headers.get('preference-applied')).toBe(PREFER.representation);
    const row = objectOf(reply);
    expect(row['@odata.context']).toBe(`${emu.apiUrl}$metadata#${LEAD.set}/$entity`);
    expect(row['@odata.etag']).toMatch(/^W\/"\d+"$/);
    expect(row).toMatchObject({ [LEAD.subject]: 'Returned', [LEAD.lastName]: 'Rep' });
    expect(Object.keys(row).sort()).toEqual(
      ['@odata.context', '@odata.etag', LEAD.id, LEAD.lastName, LEAD.subject].sort(),
    );
    expect(reply.headers.get('etag')).toBe(row['@odata.etag']);
  });

  test('POST with the primary id of an existing row: 412 DuplicateRecord, the row untouched', async () => {
    const id = randomUUID();
    expect((await post(emu, LEAD.set, { [LEAD.id]: id, [LEAD.subject]: 'First' })).status).toBe(204);
    const again = await post(emu, LEAD.set, { [LEAD.id]: id, [LEAD.subject]: 'Second' });
    expect(again.status).toBe(412);
    expect(errorOf(again)).toEqual({ code: CODE.duplicateRecord, message: DUPLICATE });
    expect(await subjectOf(id)).toBe('First');
  });
});

describe('update', () => {
  test('PATCH changes the given columns, keeps the others, and moves the ETag on', async () => {
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Before', [LEAD.lastName]: 'Kept' });
    const before = await get(emu, leadPath(id));
    const reply = await patch(emu, leadPath(id), { [LEAD.subject]: 'After' });
    expect(reply.status).toBe(204);
    expect(reply.headers.get('odata-entityid')).toBe(`${emu.apiUrl}${LEAD.set}(${id})`);
    const after = await get(emu, leadPath(id));
    expect(objectOf(after)).toMatchObject({ [LEAD.subject]: 'After', [LEAD.lastName]: 'Kept' });
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(after.headers.get('etag')).toBe(objectOf(after)['@odata.etag']);
  });

  test('PATCH with return=representation answers 200 with the row', async () => {
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Old' });
    const reply = await patch(
      emu,
      `${leadPath(id)}?$select=${LEAD.subject}`,
      { [LEAD.subject]: 'New' },
      { Prefer: PREFER.representation },
    );
    expect(reply.status).toBe(200);
    expect(objectOf(reply)[LEAD.subject]).toBe('New');
  });
});

describe('upsert and conditions', () => {
  test('PATCH to an id that does not exist creates the row with that id', async () => {
    const id = randomUUID();
    const reply = await patch(emu, leadPath(id), { [LEAD.subject]: 'Upserted' });
    expect(reply.status).toBe(204);
    expect(idFromEntityId(reply)).toBe(id);
    expect(await subjectOf(id)).toBe('Upserted');
  });

  test('If-Match: * never creates: 404 "Does Not Exist", and nothing is written', async () => {
    const id = randomUUID();
    const count = await leadCount();
    const reply = await patch(emu, leadPath(id), { [LEAD.subject]: 'Nope' }, { 'If-Match': '*' });
    expect(reply.status).toBe(404);
    expect(errorOf(reply)).toEqual({
      code: CODE.recordNotFound,
      message: `${LEAD.table} With Id = ${id} Does Not Exist`,
    });
    expect(await leadCount()).toBe(count);
    expect((await get(emu, leadPath(id))).status).toBe(404);
  });

  test('If-Match: * updates a row that exists', async () => {
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Was' });
    expect((await patch(emu, leadPath(id), { [LEAD.subject]: 'Is' }, { 'If-Match': '*' })).status).toBe(204);
    expect(await subjectOf(id)).toBe('Is');
  });

  test('If-None-Match: * never updates: 412 with code 0x80040237, the row untouched', async () => {
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Original' });
    const reply = await patch(emu, leadPath(id), { [LEAD.subject]: 'Overwritten' }, { 'If-None-Match': '*' });
    expect(reply.status).toBe(412);
    expect(errorOf(reply)).toEqual({ code: CODE.duplicateRecord, message: DUPLICATE });
    expect(await subjectOf(id)).toBe('Original');
  });

  test('If-None-Match: * creates a row that does not exist (create-only upsert)', async () => {
    const id = randomUUID();
    expect((await patch(emu, leadPath(id), { [LEAD.subject]: 'Fresh' }, { 'If-None-Match': '*' })).status).toBe(204);
    expect(await subjectOf(id)).toBe('Fresh');
  });

  test('If-Match with a stale ETag: 412 with code 0x80060882, the row untouched', async () => {
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'v1' });
    const stale = (await get(emu, leadPath(id))).headers.get('etag') ?? '';
    expect((await patch(emu, leadPath(id), { [LEAD.subject]: 'v2' }, { 'If-Match': stale })).status).toBe(204);
    const reply = await patch(emu, leadPath(id), { [LEAD.subject]: 'v3' }, { 'If-Match': stale });
    expect(reply.status).toBe(412);
    expect(errorOf(reply)).toEqual({ code: CODE.versionMismatch, message: VERSION_MISMATCH });
    expect(await subjectOf(id)).toBe('v2');
    const current = (await get(emu, leadPath(id))).headers.get('etag') ?? '';
    expect((await patch(emu, leadPath(id), { [LEAD.subject]: 'v3' }, { 'If-Match': current })).status).toBe(204);
    expect(await subjectOf(id)).toBe('v3');
  });

  test('both refusals are 412: only error.code tells a duplicate from a version mismatch', async () => {
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Contested' });
    const duplicate = await patch(emu, leadPath(id), { [LEAD.subject]: 'x' }, { 'If-None-Match': '*' });
    const mismatch = await patch(emu, leadPath(id), { [LEAD.subject]: 'x' }, { 'If-Match': 'W/"1"' });
    expect([duplicate.status, mismatch.status]).toEqual([412, 412]);
    expect(errorOf(duplicate).code).toBe(CODE.duplicateRecord);
    expect(errorOf(mismatch).code).toBe(CODE.versionMismatch);
  });
});

describe('delete', () => {
  test('204, then the row is gone: a read and a second delete answer 404', async () => {
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Doomed' });
    const reply = await send(emu, 'DELETE', leadPath(id));
    expect(reply.status).toBe(204);
    const read = await get(emu, leadPath(id));
    expect(read.status).toBe(404);
    expect(errorOf(read).code).toBe(CODE.recordNotFound);
    expect((await send(emu, 'DELETE', leadPath(id))).status).toBe(404);
  });

  test('a DELETE with a stale ETag is refused with 412 and deletes nothing', async () => {
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Guarded' });
    const stale = (await get(emu, leadPath(id))).headers.get('etag') ?? '';
    await patch(emu, leadPath(id), { [LEAD.subject]: 'Changed' });
    const reply = await send(emu, 'DELETE', leadPath(id), { headers: { 'If-Match': stale } });
    expect(reply.status).toBe(412);
    expect(errorOf(reply).code).toBe(CODE.versionMismatch);
    expect(await subjectOf(id)).toBe('Changed');
  });

  test('deleting a contact clears the lookups that pointed at it', async () => {
    const contact = await create(emu, CONTACT.set, { [CONTACT.lastName]: 'Parent' });
    const lead = await create(emu, LEAD.set, { [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${contact})` });
    expect((await send(emu, 'DELETE', `${CONTACT.set}(${contact})`)).status).toBe(204);
    expect(
      objectOf(await get(emu, `${leadPath(lead)}?$select=${LEAD.parentContactValue}`))[LEAD.parentContactValue],
    ).toBeNull();
  });
});

describe('@odata.bind', () => {
  test('single-valued on create: the lookup reads back as _parentcontactid_value', async () => {
    const contact = await create(emu, CONTACT.set, { [CONTACT.lastName]: 'Bound' });
    const lead = await create(emu, LEAD.set, { [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${contact})` });
    expect(
      objectOf(await get(emu, `${leadPath(lead)}?$select=${LEAD.parentContactValue}`))[LEAD.parentContactValue],
    ).toBe(contact);
  });

  test('single-valued on update, and null to clear it', async () => {
    const contact = await create(emu, CONTACT.set, { [CONTACT.lastName]: 'Later' });
    const lead = await create(emu, LEAD.set, { [LEAD.subject]: 'Unlinked' });
    await patch(emu, leadPath(lead), { [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${contact})` });
    const read = async () =>
      objectOf(await get(emu, `${leadPath(lead)}?$select=${LEAD.parentContactValue}`))[LEAD.parentContactValue];
    expect(await read()).toBe(contact);
    await patch(emu, leadPath(lead), { [`${LEAD.parentContact}@odata.bind`]: null });
    expect(await read()).toBeNull();
  });

  test('collection-valued on create: every listed row points at the new one', async () => {
    const first = await create(emu, LEAD.set, { [LEAD.subject]: 'One' });
    const second = await create(emu, LEAD.set, { [LEAD.subject]: 'Two' });
    const contact = await create(emu, CONTACT.set, {
      [CONTACT.lastName]: 'Collector',
      [`${CONTACT.leadsNav}@odata.bind`]: [`/${LEAD.set}(${first})`, `/${LEAD.set}(${second})`],
    });
    const leads = objectOf(
      await get(
        emu,
        `${CONTACT.set}(${contact})?$select=${CONTACT.lastName}&$expand=${CONTACT.leadsNav}($select=${LEAD.subject})`,
      ),
    );
    const ids = (leads[CONTACT.leadsNav] as { [k: string]: unknown }[]).map((l) => l[LEAD.id]);
    expect(ids.sort()).toEqual([first, second].sort());
  });

  test('a bind to a row that does not exist fails and creates nothing', async () => {
    const missing = randomUUID();
    const count = await leadCount();
    const reply = await post(emu, LEAD.set, { [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${missing})` });
    expect(reply.status).toBe(404);
    expect(errorOf(reply)).toEqual({
      code: CODE.recordNotFound,
      message: `${CONTACT.table} With Id = ${missing} Does Not Exist`,
    });
    expect(await leadCount()).toBe(count);
  });
});

describe('versionnumber', () => {
  it('reads back as the row version its ETag carries, and grows with each write', async () => {
    const { emulator, api } = await versionEmulator();
    try {
      const created = await fetch(`${api}accounts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Versioned' }),
      });
      const url = created.headers.get('OData-EntityId') ?? '';
      const first = (await (await fetch(`${url}?$select=versionnumber`)).json()) as Record<string, unknown>;
      expect(first['@odata.etag']).toBe(`W/"${String(first.versionnumber)}"`);
      await fetch(url, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: '{"name":"Versioned 2"}',
      });
      const second = (await (await fetch(`${url}?$select=versionnumber`)).json()) as Record<string, unknown>;
      expect(Number(second.versionnumber)).toBeGreaterThan(Number(first.versionnumber));
      expect(second['@odata.etag']).toBe(`W/"${String(second.versionnumber)}"`);
    } finally {
      await emulator.stop();
    }
  });
});

async function versionEmulator() {
  const { Emulator } = await import('../../../emulator');
  const emulator = await new Emulator({ seed: 'empty' }).start();
  return { emulator, api: emulator.apiUrl };
}
