import type { Emulator } from '../../../emulator';
import { PLATFORM_IDS } from '../../../emulator';
import { create, errorOf, get, objectOf, post, rowsOf, send, startEmulator } from './helpers/http';

/**
 * The security messages as Dataverse serves them: RetrieveUserPrivileges computes what a user holds from the roles
 * assigned to them (systemuserroles_association), each privilege once at its deepest; AddPrivilegesRole and
 * RemovePrivilegeRole change a role; the platform's privileges are read-only rows with their allowed depths.
 */
let emu: Emulator;
beforeEach(async () => {
  emu = await startEmulator();
});
afterEach(() => emu.stop());

const USER = PLATFORM_IDS.salesUser;

async function privilegeId(name: string): Promise<string> {
  const [row] = rowsOf(await get(emu, `privileges?$select=privilegeid&$filter=name eq '${name}'`));
  if (!row) throw new Error(`no privilege ${name}`);
  return String(row.privilegeid);
}

async function roleWith(name: string, grants: Record<string, string>): Promise<string> {
  const roleId = await create(emu, 'roles', { name });
  const Privileges = await Promise.all(
    Object.entries(grants).map(async ([privilege, Depth]) => ({
      PrivilegeId: await privilegeId(privilege),
      Depth,
      BusinessUnitId: PLATFORM_IDS.businessUnit,
    })),
  );
  const reply = await post(emu, `roles(${roleId})/Microsoft.Dynamics.CRM.AddPrivilegesRole`, { Privileges });
  expect(reply.status).toBe(204);
  return roleId;
}

const assign = (roleId: string) =>
  post(emu, `systemusers(${USER})/systemuserroles_association/$ref`, { '@odata.id': `${emu.apiUrl}roles(${roleId})` });

async function privilegesOf(userId: string): Promise<Record<string, unknown>[]> {
  const body = objectOf(await get(emu, `systemusers(${userId})/Microsoft.Dynamics.CRM.RetrieveUserPrivileges()`));
  expect(body['@odata.context']).toBe(`${emu.apiUrl}$metadata#Microsoft.Dynamics.CRM.RetrieveUserPrivilegesResponse`);
  return body.RolePrivileges as Record<string, unknown>[];
}

it('seeds each table’s privileges; activities share the Activity ones; organization-owned tables only go Global', async () => {
  const names = (filter: string) =>
    get(emu, `privileges?$select=name,canbebasic,canbeglobal&$filter=${filter}`).then((r) => rowsOf(r));
  const lead = await names("endswith(name,'Lead')");
  expect(lead.map((r) => r.name).sort()).toEqual([
    'prvAppendLead',
    'prvAppendToLead',
    'prvAssignLead',
    'prvCreateLead',
    'prvDeleteLead',
    'prvReadLead',
    'prvShareLead',
    'prvWriteLead',
  ]);
  expect(await names("name eq 'prvCreateTask'")).toEqual([]);
  expect(await names("name eq 'prvCreateActivity'")).toHaveLength(1);
  const [definition] = await names("name eq 'prvReadTransactionCurrency'");
  expect(definition).toMatchObject({ canbebasic: false, canbeglobal: true });
});

it('answers the privileges of the roles a user holds, each once at its deepest', async () => {
  expect(await privilegesOf(USER)).toEqual([]);
  const reader = await roleWith('Readers', { prvReadLead: 'Basic', prvReadContact: 'Global' });
  const writer = await roleWith('Writers', { prvReadLead: 'Deep', prvWriteLead: 'Local' });
  expect((await assign(reader)).status).toBe(204);
  expect((await assign(writer)).status).toBe(204);
  const held = await privilegesOf(USER);
  const byName = Object.fromEntries(held.map((p) => [p.PrivilegeName, p]));
  expect(Object.keys(byName).sort()).toEqual(['prvReadContact', 'prvReadLead', 'prvWriteLead']);
  expect(byName.prvReadLead).toEqual({
    Depth: 'Deep',
    PrivilegeId: await privilegeId('prvReadLead'),
    BusinessUnitId: PLATFORM_IDS.businessUnit,
    PrivilegeName: 'prvReadLead',
  });
  expect(await privilegesOf(PLATFORM_IDS.integrationUser)).toEqual([]);
});

it('forgets a removed privilege and a role taken away', async () => {
  const role = await roleWith('Readers', { prvReadLead: 'Global', prvReadContact: 'Global' });
  await assign(role);
  const removed = await post(emu, `roles(${role})/Microsoft.Dynamics.CRM.RemovePrivilegeRole`, {
    Privilege: { '@odata.type': 'Microsoft.Dynamics.CRM.privilege', privilegeid: await privilegeId('prvReadLead') },
  });
  expect(removed.status).toBe(204);
  expect((await privilegesOf(USER)).map((p) => p.PrivilegeName)).toEqual(['prvReadContact']);
  const taken = await send(emu, 'DELETE', `systemusers(${USER})/systemuserroles_association(${role})/$ref`);
  expect(taken.status).toBe(204);
  expect(await privilegesOf(USER)).toEqual([]);
  expect(rowsOf(await get(emu, `systemuserrolescollection?$filter=systemuserid eq ${USER}`))).toEqual([]);
});

it('refuses a depth the privilege cannot take, an unknown privilege, and a role assigned twice', async () => {
  const role = await create(emu, 'roles', { name: 'Strict' });
  const tooShallow = await post(emu, `roles(${role})/Microsoft.Dynamics.CRM.AddPrivilegesRole`, {
    Privileges: [{ PrivilegeId: await privilegeId('prvReadTransactionCurrency'), Depth: 'Basic' }],
  });
  expect(tooShallow.status).toBe(400);
  expect(errorOf(tooShallow).message).toContain('cannot be granted at depth Basic');
  const unknown = await post(emu, `roles(${role})/Microsoft.Dynamics.CRM.AddPrivilegesRole`, {
    Privileges: [{ PrivilegeId: '00000000-0000-0000-0000-000000000001', Depth: 'Global' }],
  });
  expect(unknown.status).toBe(404);
  expect(rowsOf(await get(emu, `roleprivilegescollection?$filter=roleid eq ${role}`))).toEqual([]);
  expect((await assign(role)).status).toBe(204);
  const twice = await assign(role);
  expect(twice.status).toBe(412);
  expect(errorOf(twice).code).toBe('0x80040237');
});
