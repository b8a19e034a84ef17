import type { Emulator } from '../../../emulator';
import { LEAD, TASK } from '../../../schema/names';
import { errorOf, get, objectOf, post, rowsOf, startEmulator } from './helpers/http';
import { BULK, CODE, MESSAGE_NOT_SUPPORTED, TABLE_WITHOUT_BULK } from './helpers/names';

/**
 * The bulk messages CreateMultiple / UpdateMultiple ("Use bulk operation messages"): `Targets`, each carrying
 * `@odata.type`, written all or nothing; a table without the messages answers an error that tells callers to fall
 * back to $batch.
 */

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(() => emu.stop());

const action = (set: string, message: string) => `${set}/Microsoft.Dynamics.CRM.${message}`;
const leadType = { '@odata.type': `Microsoft.Dynamics.CRM.${LEAD.table}` };
const leadsWhere = async (filter: string) =>
  rowsOf(
    await get(
      emu,
      `${LEAD.set}?$select=${LEAD.lastName},${LEAD.subject}&$filter=${encodeURIComponent(filter)}&$orderby=${LEAD.lastName}`,
    ),
  );

describe('CreateMultiple', () => {
  test('creates every target and answers their ids in order', async () => {
    const reply = await post(emu, action(LEAD.set, BULK.create), {
      Targets: ['Bulk A', 'Bulk B', 'Bulk C'].map((name) => ({
        ...leadType,
        [LEAD.lastName]: name,
        [LEAD.subject]: 'bulk',
      })),
    });
    expect(reply.status).toBe(200);
    const body = objectOf(reply);
    expect(body['@odata.context']).toBe(`${emu.apiUrl}$metadata#Microsoft.Dynamics.CRM.CreateMultipleResponse`);
    const ids = body.Ids as string[];
    expect(ids).toHaveLength(3);
    for (const [i, name] of ['Bulk A', 'Bulk B', 'Bulk C'].entries()) {
      expect(objectOf(await get(emu, `${LEAD.set}(${ids[i] ?? ''})?$select=${LEAD.lastName}`))[LEAD.lastName]).toBe(
        name,
      );
    }
  });

  test('all or nothing: one bad target fails the request and no target is written', async () => {
    const reply = await post(emu, action(LEAD.set, BULK.create), {
      Targets: [
        { ...leadType, [LEAD.lastName]: 'AllOrNothing 1' },
        { ...leadType, [LEAD.lastName]: 'AllOrNothing 2', [LEAD.subject]: 'x'.repeat(301) },
        { ...leadType, [LEAD.lastName]: 'AllOrNothing 3' },
      ],
    });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe(CODE.validation);
    expect(await leadsWhere(`startswith(${LEAD.lastName},'AllOrNothing')`)).toEqual([]);
  });

  test('a target without @odata.type is refused', async () => {
    const reply = await post(emu, action(LEAD.set, BULK.create), { Targets: [{ [LEAD.lastName]: 'Untyped' }] });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toContain('@odata.type');
    expect(await leadsWhere(`${LEAD.lastName} eq 'Untyped'`)).toEqual([]);
  });

  test('more than 1,000 targets are refused', async () => {
    const Targets = Array.from({ length: 1001 }, (_, i) => ({ ...leadType, [LEAD.lastName]: `Over ${i}` }));
    const reply = await post(emu, action(LEAD.set, BULK.create), { Targets });
    expect(reply.status).toBe(400);
    expect(await leadsWhere(`startswith(${LEAD.lastName},'Over ')`)).toEqual([]);
  });
});

describe('UpdateMultiple', () => {
  test('updates every target by its primary key (204)', async () => {
    const created = objectOf(
      await post(emu, action(LEAD.set, BULK.create), {
        Targets: ['Upd 1', 'Upd 2'].map((name) => ({ ...leadType, [LEAD.lastName]: name, [LEAD.subject]: 'before' })),
      }),
    ).Ids as string[];
    const reply = await post(emu, action(LEAD.set, BULK.update), {
      Targets: created.map((id) => ({ ...leadType, [LEAD.id]: id, [LEAD.subject]: 'after' })),
    });
    expect(reply.status).toBe(204);
    expect((await leadsWhere(`startswith(${LEAD.lastName},'Upd ')`)).map((r) => r[LEAD.subject])).toEqual([
      'after',
      'after',
    ]);
  });

  test('all or nothing: a target that does not exist leaves every other target unchanged', async () => {
    const [id] = objectOf(
      await post(emu, action(LEAD.set, BULK.create), {
        Targets: [{ ...leadType, [LEAD.lastName]: 'Keep', [LEAD.subject]: 'kept' }],
      }),
    ).Ids as string[];
    const missing = '00000000-0000-0000-0000-0000000000ff';
    const reply = await post(emu, action(LEAD.set, BULK.update), {
      Targets: [
        { ...leadType, [LEAD.id]: id, [LEAD.subject]: 'changed' },
        { ...leadType, [LEAD.id]: missing, [LEAD.subject]: 'changed' },
      ],
    });
    expect(reply.status).toBe(404);
    expect(errorOf(reply)).toEqual({
      code: CODE.recordNotFound,
      message: `${LEAD.table} With Id = ${missing} Does Not Exist`,
    });
    expect((await leadsWhere(`${LEAD.lastName} eq 'Keep'`)).map((r) => r[LEAD.subject])).toEqual(['kept']);
  });
});

describe('tables without the bulk messages', () => {
  test.each([
    [TABLE_WITHOUT_BULK.task.set, TABLE_WITHOUT_BULK.task.table, BULK.create, { [TASK.subject]: 'Bulk task' }],
    [TABLE_WITHOUT_BULK.task.set, TABLE_WITHOUT_BULK.task.table, BULK.update, { [TASK.subject]: 'Bulk task' }],
    [
      TABLE_WITHOUT_BULK.list.set,
      TABLE_WITHOUT_BULK.list.table,
      BULK.create,
      { [TABLE_WITHOUT_BULK.list.name]: 'Bulk list' },
    ],
  ])('%s %s: 400 "method does not support entities of type", nothing written', async (set, table, message, values) => {
    const reply = await post(emu, action(set, message), {
      Targets: [{ '@odata.type': `Microsoft.Dynamics.CRM.${table}`, ...values }],
    });
    expect(reply.status).toBe(400);
    const error = errorOf(reply);
    expect(error.code).toBe(MESSAGE_NOT_SUPPORTED);
    expect(error.message).toContain(`The '${message}' method does not support entities of type '${table}'.`);
    expect(rowsOf(await get(emu, set))).toEqual([]);
  });
});
