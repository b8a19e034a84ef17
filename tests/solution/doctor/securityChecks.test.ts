import { securityChecks, type SecurityInput } from '../../../solution/doctor/checks/securityChecks';
import type { AppRole } from '../../../solution/doctor/read/appRoles';
import { readOk } from '../../../solution/doctor/read/Read';

const ROLE_ID = '3372a5d1-8733-4b0e-b725-f75a5dcdd9f4';
const role: AppRole = {
  id: ROLE_ID,
  name: 'LeadLink Integration',
  privileges: [
    { name: 'prvReadLead', depth: 'Global' },
    { name: 'prvCreateleadlink_Interaction', depth: 'Local' },
  ],
};
const privileges = readOk([
  { privilegeid: 'AAAAAAAA-0000-0000-0000-000000000001', name: 'prvreadlead' },
  { privilegeid: 'aaaaaaaa-0000-0000-0000-000000000002', name: 'prvCreateleadlink_interaction' },
]);

function input(
  held: Record<string, unknown>[],
  rolesHeld = [{ roleid: ROLE_ID, name: 'LeadLink Integration' }],
): SecurityInput {
  return {
    roles: [role],
    userName: 'LeadLink app',
    rolesHeld: readOk(rolesHeld),
    privileges,
    userPrivileges: readOk(held),
  };
}

describe('roles and privileges', () => {
  it('passes when each privilege is held at least as deep as asked, names and ids compared without case', () => {
    const [roles, held] = securityChecks(
      input([
        { PrivilegeId: 'aaaaaaaa-0000-0000-0000-000000000001', Depth: 'Global' },
        { PrivilegeId: 'AAAAAAAA-0000-0000-0000-000000000002', Depth: 3 },
      ]),
    );
    expect(roles?.status).toBe('pass');
    expect(held).toMatchObject({
      status: 'pass',
      title: 'Holds all 2 privileges LeadLink uses, at the depth it needs',
    });
  });

  it('names each privilege held too shallow or not at all, with its depth, and one that does not exist', () => {
    const held = securityChecks(
      input([
        { PrivilegeId: 'aaaaaaaa-0000-0000-0000-000000000001', Depth: 'Deep' },
        { PrivilegeId: 'aaaaaaaa-0000-0000-0000-000000000001', Depth: 'Local' },
      ]),
    )[1];
    expect(held?.details).toEqual([
      'prvReadLead: needs Global, holds Deep',
      'prvCreateleadlink_Interaction: needs Local, holds none',
    ]);
    const missing = securityChecks({ ...input([]), privileges: readOk([]) })[1];
    expect(missing?.details?.[0]).toBe(
      "prvReadLead: no such privilege in this environment (role 'LeadLink Integration')",
    );
  });

  it('counts a business unit copy of the role (parentrootroleid) as the role', () => {
    const copy = [
      {
        roleid: 'bbbbbbbb-0000-0000-0000-000000000009',
        name: 'Renamed',
        _parentrootroleid_value: ROLE_ID.toUpperCase(),
      },
    ];
    expect(securityChecks(input([], copy))[0]?.status).toBe('pass');
    const other = [{ roleid: 'bbbbbbbb-0000-0000-0000-000000000009', name: 'Salesperson' }];
    const [roles, held] = securityChecks(input([], other));
    expect(roles).toMatchObject({ status: 'fail', details: ['holds: Salesperson'] });
    expect(held?.fix).toBe(roles?.fix);
  });
});
