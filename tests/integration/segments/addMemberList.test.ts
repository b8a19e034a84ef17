/**
 * The emulator's AddMemberList, the documented action bound to a marketing list that static lists are filled with:
 * `POST lists(<id>)/Microsoft.Dynamics.CRM.AddMemberList {"EntityId"}` → `{"Id": <listmemberid>}`, one listmember row
 * per member, members of the list's member type only, none for a dynamic list. Other POSTs to a record keep their 405.
 */
import type { Emulator } from '../../../emulator';
import { LIST, LIST_MEMBER } from '../../../plugins/segments';
import { ACCOUNT, CONTACT } from '../../../schema/names';
import { create, errorOf, get, objectOf, post, rowsOf, send, startEmulator } from '../emulator/helpers/http';

let emu: Emulator;
let staticList: string;
let dynamicList: string;
let contact: string;
let account: string;

beforeAll(async () => {
  emu = await startEmulator();
  staticList = await create(emu, LIST.set, { [LIST.name]: 'Static', [LIST.type]: false, [LIST.memberTypeCode]: 2 });
  dynamicList = await create(emu, LIST.set, {
    [LIST.name]: 'Dynamic',
    [LIST.type]: true,
    [LIST.memberTypeCode]: 2,
    [LIST.query]: '<fetch/>',
  });
  contact = await create(emu, CONTACT.set, { [CONTACT.lastName]: 'Davolio' });
  account = await create(emu, ACCOUNT.set, { [ACCOUNT.name]: 'Contoso' });
});
afterAll(() => emu.stop());

const addMember = (listId: string, body: unknown) =>
  post(emu, `${LIST.set}(${listId})/Microsoft.Dynamics.CRM.AddMemberList`, body);
const members = async (listId: string) =>
  rowsOf(await get(emu, `${LIST_MEMBER.set}?$select=${LIST_MEMBER.entityIdValue}&$filter=_listid_value eq ${listId}`));

it('adds a contact once and answers the listmember id, the same id when added again', async () => {
  const first = await addMember(staticList, { EntityId: contact });
  expect(first.status).toBe(200);
  const id = objectOf(first).Id;
  expect(typeof id).toBe('string');
  const again = objectOf(await addMember(staticList, { EntityId: contact.toUpperCase() }));
  expect(again.Id).toBe(id);
  expect((await members(staticList)).map((m) => m[LIST_MEMBER.entityIdValue])).toEqual([contact]);
  const row = objectOf(await get(emu, `${LIST_MEMBER.set}(${String(id)})?$select=entitytype`));
  expect(row.entitytype).toBe('contact');
});

it('refuses a record of another type, a missing record or list, a bad id, and any dynamic list', async () => {
  expect(errorOf(await addMember(staticList, { EntityId: account })).code).toBe('0x80040217');
  expect(errorOf(await addMember(staticList, { EntityId: '00000000-0000-0000-0000-0000000000aa' })).code).toBe(
    '0x80040217',
  );
  expect((await addMember('00000000-0000-0000-0000-0000000000bb', { EntityId: contact })).status).toBe(404);
  expect(errorOf(await addMember(staticList, { EntityId: 'not a guid' })).message).toMatch(/EntityId/);
  const dynamic = await addMember(dynamicList, { EntityId: contact });
  expect(dynamic.status).toBe(400);
  expect(errorOf(dynamic).message).toMatch(/dynamic/);
  expect(await members(dynamicList)).toEqual([]);
});

it('leaves other POSTs to a record as they were: 405', async () => {
  const reply = await post(emu, `${CONTACT.set}(${contact})/Microsoft.Dynamics.CRM.AddMemberList`, {
    EntityId: contact,
  });
  expect(reply.status).toBe(405);
});

it('removes a member by deleting its listmember row', async () => {
  const other = await create(emu, CONTACT.set, { [CONTACT.lastName]: 'Fuller' });
  const id = String(objectOf(await addMember(staticList, { EntityId: other })).Id);
  expect((await send(emu, 'DELETE', `${LIST_MEMBER.set}(${id})`)).status).toBe(204);
  expect((await members(staticList)).map((m) => m[LIST_MEMBER.entityIdValue])).toEqual([contact]);
});
