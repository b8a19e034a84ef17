import type { ODataRecord } from '../../../dataverse';
import { check, type CheckResult } from '../CheckResult';
import { FIX } from '../format/fixes';
import type { AppRole } from '../read/appRoles';
import { PRIVILEGE, PRIVILEGE_DEPTHS, ROLE, type PrivilegeDepth } from '../read/platformNames';
import type { Read } from '../read/Read';

const G = 'security';
type Rows = Read<readonly ODataRecord[]>;

export interface SecurityInput {
  readonly roles: readonly AppRole[];
  /** How the application user is named in fixes. */
  readonly userName: string;
  readonly rolesHeld: Rows;
  /** The privilege rows whose names the roles ask for (to learn their ids). */
  readonly privileges: Rows;
  /** RetrieveUserPrivileges: { PrivilegeId, Depth, PrivilegeName? } per privilege the user holds. */
  readonly userPrivileges: Rows;
}

const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : undefined);

/**
 * The LeadLink roles held, and every privilege they ask for held at the depth asked: a role is held when the user has
 * it or one of its business-unit copies (parentrootroleid), matched by id, else by name.
 */
export function securityChecks(input: SecurityInput): CheckResult[] {
  const missing = input.rolesHeld.ok ? input.roles.filter((role) => !holds(input.rolesHeld, role)) : [];
  return [rolesCheck(input, missing), privilegesCheck(input, missing)];
}

function holds(rolesHeld: Rows, role: AppRole): boolean {
  return (
    rolesHeld.ok &&
    rolesHeld.value.some(
      (row) =>
        lower(row[ROLE.id]) === role.id ||
        lower(row[ROLE.parentRootRoleValue]) === role.id ||
        lower(row[ROLE.name]) === role.name.toLowerCase(),
    )
  );
}

function rolesCheck(input: SecurityInput, missing: readonly AppRole[]): CheckResult {
  const id = 'security.roles';
  if (!input.rolesHeld.ok)
    return check(G, id, 'error', 'The roles of the application user cannot be read', [input.rolesHeld.error]);
  const held = input.rolesHeld.value;
  const names = input.roles.map((r) => `'${r.name}'`).join(', ');
  if (missing.length === 0) return check(G, id, 'pass', `${input.userName} holds ${names}`);
  const first = missing[0] as AppRole;
  return check(
    G,
    id,
    'fail',
    `${input.userName} lacks the role${missing.length > 1 ? 's' : ''} ${missing.map((r) => `'${r.name}'`).join(', ')}`,
    [`holds: ${held.map((row) => String(row[ROLE.name] ?? row[ROLE.id])).join(', ') || 'no role'}`],
    FIX.assignRole(first.name, input.userName),
  );
}

function privilegesCheck(input: SecurityInput, missingRoles: readonly AppRole[]): CheckResult {
  const id = 'security.privileges';
  for (const read of [input.privileges, input.userPrivileges]) {
    if (!read.ok) return check(G, id, 'error', 'The privileges of the application user cannot be read', [read.error]);
  }
  const privilegeRows = input.privileges.ok ? input.privileges.value : [];
  const heldRows = input.userPrivileges.ok ? input.userPrivileges.value : [];
  const idByName = new Map(
    privilegeRows.map((row) => [lower(row[PRIVILEGE.name]) ?? '', lower(row[PRIVILEGE.id]) ?? '']),
  );
  const depthById = new Map<string, PrivilegeDepth>();
  for (const row of heldRows) {
    const depth = depthOf(row.Depth);
    const privilegeId = lower(row.PrivilegeId);
    if (privilegeId === undefined || depth === undefined) continue;
    const before = depthById.get(privilegeId);
    if (before === undefined || rank(depth) > rank(before)) depthById.set(privilegeId, depth);
  }
  const problems: string[] = [];
  let needed = 0;
  const lacking = new Set<AppRole>();
  for (const role of input.roles) {
    for (const privilege of role.privileges) {
      needed++;
      const privilegeId = idByName.get(privilege.name.toLowerCase());
      if (privilegeId === undefined) {
        problems.push(`${privilege.name}: no such privilege in this environment (role '${role.name}')`);
        lacking.add(role);
        continue;
      }
      const held = depthById.get(privilegeId);
      if (held === undefined || rank(held) < rank(privilege.depth)) {
        problems.push(`${privilege.name}: needs ${privilege.depth}, holds ${held ?? 'none'}`);
        lacking.add(role);
      }
    }
  }
  if (problems.length === 0)
    return check(G, id, 'pass', `Holds all ${needed} privileges LeadLink uses, at the depth it needs`);
  // A role not held at all is fixed by assigning it; a held role that lost privileges by restoring it.
  const role = [...lacking][0] as AppRole;
  const fix = missingRoles.includes(role) ? FIX.assignRole(role.name, input.userName) : FIX.restoreRole(role.name);
  return check(
    G,
    id,
    'fail',
    `${input.userName} lacks ${problems.length} of the ${needed} privileges LeadLink uses`,
    problems,
    fix,
  );
}

const rank = (depth: PrivilegeDepth) => PRIVILEGE_DEPTHS.indexOf(depth);

/** The Web API writes an enum member by name ("Global"); accept its number too. */
function depthOf(value: unknown): PrivilegeDepth | undefined {
  if (typeof value === 'number') return PRIVILEGE_DEPTHS[value];
  return PRIVILEGE_DEPTHS.find((d) => d === value);
}
