/**
 * Microsoft's names for what doctor reads, once each (their table and message references on learn.microsoft.com:
 * reference/entities/<table>, webapi/reference/<message>). The webhook registration tables are in
 * solution/webhook/registrationNames.ts; leads, contacts and environment variables in schema/names.ts.
 */

export const WHO_AM_I = 'WhoAmI';
/** Bound to a systemuser; answers { RolePrivileges: [{ Depth, PrivilegeId, BusinessUnitId, PrivilegeName }] }. */
export const RETRIEVE_USER_PRIVILEGES = 'RetrieveUserPrivileges';
/** Bound to a role; takes { Privileges: RolePrivilege[] }. Doctor never calls it; setting up the demo does. */
export const ADD_PRIVILEGES_ROLE = 'AddPrivilegesRole';

export const SYSTEM_USER = {
  set: 'systemusers',
  id: 'systemuserid',
  fullName: 'fullname',
  domainName: 'domainname',
  applicationId: 'applicationid',
  isDisabled: 'isdisabled',
} as const;

export const ROLE = {
  table: 'role',
  set: 'roles',
  id: 'roleid',
  name: 'name',
  parentRootRole: 'parentrootroleid',
  parentRootRoleValue: '_parentrootroleid_value',
} as const;

/** The intersect table of systemuserroles_association: which user holds which role. */
export const SYSTEM_USER_ROLES = {
  table: 'systemuserroles',
  userId: 'systemuserid',
  roleId: 'roleid',
  /** The N:N navigation property on systemuser and role. */
  association: 'systemuserroles_association',
} as const;

export const PRIVILEGE = { set: 'privileges', id: 'privilegeid', name: 'name' } as const;

export const SOLUTION = {
  set: 'solutions',
  id: 'solutionid',
  uniqueName: 'uniquename',
  friendlyName: 'friendlyname',
  version: 'version',
  isManaged: 'ismanaged',
  installedOn: 'installedon',
} as const;

/** System Job. statuscode 31 = Failed; owningextensionid = the step whose execution it was. */
export const ASYNC_OPERATION = {
  table: 'asyncoperation',
  set: 'asyncoperations',
  id: 'asyncoperationid',
  status: 'statuscode',
  owningExtension: 'owningextensionid',
  completedOn: 'completedon',
  message: 'message',
  friendlyMessage: 'friendlymessage',
} as const;
export const ASYNC_OPERATION_FAILED = 31;

/** The PrivilegeDepth enum's members, shallowest first (Basic 0, Local 1, Deep 2, Global 3). */
export const PRIVILEGE_DEPTHS = ['Basic', 'Local', 'Deep', 'Global'] as const;
export type PrivilegeDepth = (typeof PRIVILEGE_DEPTHS)[number];
