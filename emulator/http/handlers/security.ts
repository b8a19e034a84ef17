import { fault } from '../../errors/faults';
import type { StoredRow } from '../../store/values';
import { normalizeGuid } from '../../writes/guid';
import { createRow, updateRow } from '../../writes/RowWriter';
import { writeContext, type EmulatorContext } from '../context';
import type { EntityKey } from '../parsePath';
import { json, noContent, type ApiRequest, type ApiResponse } from '../types';
import { findRow, keyText, parseJsonBody, resolveTable } from './resolve';

/**
 * The security messages: what a user may do, computed from the roles the user holds, and the actions that change a
 * role's privileges.
 *   GET systemusers(<id>)/Microsoft.Dynamics.CRM.RetrieveUserPrivileges() → RetrieveUserPrivilegesResponse
 *     { RolePrivileges: RolePrivilege[] } (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/retrieveuserprivileges)
 *   POST roles(<id>)/Microsoft.Dynamics.CRM.AddPrivilegesRole { Privileges: RolePrivilege[] }
 *   POST roles(<id>)/Microsoft.Dynamics.CRM.RemovePrivilegeRole { Privilege: privilege }
 *     (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/removeprivilegerole)
 * A RolePrivilege is { Depth, PrivilegeId, BusinessUnitId, PrivilegeName }
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/roleprivilege); Depth is the
 * PrivilegeDepth enum, written by member name (Basic 0, Local 1, Deep 2, Global 3,
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/privilegedepth), as public
 * captures of RetrieveUserPrivileges responses show ("Depth":"Global"). roleprivileges.privilegedepthmask stores it as
 * a mask: 1, 2, 4, 8.
 */
const DEPTHS = ['Basic', 'Local', 'Deep', 'Global'] as const;
type DepthName = (typeof DEPTHS)[number];
const CAN_BE: Readonly<Record<DepthName, string>> = {
  Basic: 'canbebasic',
  Local: 'canbelocal',
  Deep: 'canbedeep',
  Global: 'canbeglobal',
};

export const SECURITY_OPERATION = {
  retrieveUserPrivileges: 'RetrieveUserPrivileges',
  addPrivilegesRole: 'AddPrivilegesRole',
  removePrivilegeRole: 'RemovePrivilegeRole',
} as const;

const maskOf = (depth: DepthName): number => 1 << DEPTHS.indexOf(depth);

/** The deepest depth a mask grants; undefined for a mask with no depth bit. */
function depthOfMask(mask: unknown): DepthName | undefined {
  if (typeof mask !== 'number') return undefined;
  for (let i = DEPTHS.length - 1; i >= 0; i--) if (mask & (1 << i)) return DEPTHS[i];
  return undefined;
}

function idOf(row: StoredRow, column: string): string | undefined {
  const value = row.values[column];
  return typeof value === 'string' ? value : undefined;
}

/** GET systemusers(<id>)/Microsoft.Dynamics.CRM.RetrieveUserPrivileges(): one entry per privilege, at its deepest. */
export function retrieveUserPrivileges(ctx: EmulatorContext, req: ApiRequest, key: EntityKey): ApiResponse {
  const users = resolveTable(ctx, 'systemusers');
  const user = findRow(ctx, users, key);
  if (!user) throw fault.recordNotFound(users.logicalName, keyText(key));
  const roleIds = new Set(
    [...ctx.store.rows('systemuserroles')]
      .filter((r) => idOf(r, 'systemuserid') === user.id)
      .map((r) => idOf(r, 'roleid')),
  );
  const deepest = new Map<string, DepthName>();
  for (const grant of ctx.store.rows('roleprivileges')) {
    const privilegeId = idOf(grant, 'privilegeid');
    const depth = depthOfMask(grant.values.privilegedepthmask);
    if (!roleIds.has(idOf(grant, 'roleid')) || privilegeId === undefined || depth === undefined) continue;
    const held = deepest.get(privilegeId);
    if (held === undefined || DEPTHS.indexOf(depth) > DEPTHS.indexOf(held)) deepest.set(privilegeId, depth);
  }
  const rolePrivileges = [...deepest].map(([privilegeId, depth]) => ({
    Depth: depth,
    PrivilegeId: privilegeId,
    BusinessUnitId: ctx.businessUnitId,
    PrivilegeName: ctx.store.get('privilege', privilegeId)?.values.name ?? null,
  }));
  return json(200, {
    '@odata.context': `${req.serviceRoot}$metadata#Microsoft.Dynamics.CRM.RetrieveUserPrivilegesResponse`,
    RolePrivileges: rolePrivileges,
  });
}

/** POST roles(<id>)/Microsoft.Dynamics.CRM.AddPrivilegesRole and …RemovePrivilegeRole. */
export function changeRolePrivileges(
  ctx: EmulatorContext,
  req: ApiRequest,
  key: EntityKey,
  operation: typeof SECURITY_OPERATION.addPrivilegesRole | typeof SECURITY_OPERATION.removePrivilegeRole,
): ApiResponse {
  const roles = resolveTable(ctx, 'roles');
  const role = findRow(ctx, roles, key);
  if (!role) throw fault.recordNotFound(roles.logicalName, keyText(key));
  const body = parseJsonBody('roles', req.body);
  const write = writeContext(ctx, req.userId);
  const grantsTable = ctx.catalog.table('roleprivileges');
  const grantOf = (privilegeId: string) =>
    [...ctx.store.rows('roleprivileges')].find(
      (r) => idOf(r, 'roleid') === role.id && idOf(r, 'privilegeid') === privilegeId,
    );
  ctx.store.transaction(() => {
    if (operation === SECURITY_OPERATION.removePrivilegeRole) {
      const privilegeId = privilegeIdOf((body as { Privilege?: unknown }).Privilege, 'Privilege');
      const grant = grantOf(privilegeId);
      if (grant) ctx.store.delete('roleprivileges', grant.id);
      return;
    }
    const list = (body as { Privileges?: unknown }).Privileges;
    if (!Array.isArray(list))
      throw fault.invalidArgument("AddPrivilegesRole needs the parameter 'Privileges', an array.");
    for (const item of list as unknown[]) {
      const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const privilegeId = privilegeIdOf(entry, 'Privileges');
      const depth = depthOf(entry.Depth);
      const privilege = ctx.store.get('privilege', privilegeId);
      if (!privilege) throw fault.recordNotFound('privilege', privilegeId);
      if (privilege.values[CAN_BE[depth]] !== true) {
        throw fault.invalidArgument(
          `The privilege ${String(privilege.values.name)} cannot be granted at depth ${depth}.`,
        );
      }
      const values = { privilegedepthmask: maskOf(depth) };
      const existing = grantOf(privilegeId);
      if (existing) updateRow(write, grantsTable, existing.id, { values, collectionBinds: [] });
      else
        createRow(write, grantsTable, {
          values: { ...values, roleid: role.id, privilegeid: privilegeId },
          collectionBinds: [],
        });
    }
  });
  return noContent();
}

/** A privilege named by `PrivilegeId` (RolePrivilege) or by `privilegeid` (a privilege entity). */
function privilegeIdOf(value: unknown, parameter: string): string {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const raw = record.PrivilegeId ?? record.privilegeid;
  const id = typeof raw === 'string' ? normalizeGuid(raw) : undefined;
  if (!id) throw fault.invalidArgument(`The parameter '${parameter}' must name a privilege by its id (a GUID).`);
  return id;
}

function depthOf(value: unknown): DepthName {
  const depth = typeof value === 'number' ? DEPTHS[value] : DEPTHS.find((d) => d === value);
  if (depth === undefined) {
    throw fault.invalidArgument(`Depth must be one of ${DEPTHS.join(', ')} (or 0 to 3), got '${String(value)}'.`);
  }
  return depth;
}
