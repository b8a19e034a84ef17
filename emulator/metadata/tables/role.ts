import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { guid, lookup, primaryKey, READ_ONLY, text, yesNo } from '../columns/define';
import { auditNavigation, single } from '../navigation/define';

/**
 * Security Role, minimal: what a user holds (systemuserroles_association) and what it grants (AddPrivilegesRole,
 * RemovePrivilegeRole). Columns: Security Role (Role) table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/role . businessunitid is left out,
 * as on systemuser: the emulator serves no businessunit table, so every role belongs to its one business unit.
 * A role imported with a solution keeps the solution's id in the root business unit; copies in other business units
 * name it in parentrootroleid.
 */
export const ROLE: TableDef = {
  logicalName: 'role',
  entitySetName: 'roles',
  primaryIdAttribute: 'roleid',
  primaryNameAttribute: 'name',
  objectTypeCode: 1036,
  columns: [
    primaryKey('roleid'),
    text('name', 100),
    lookup('parentrootroleid', ['role'], READ_ONLY),
    guid('roletemplateid', READ_ONLY),
    yesNo('ismanaged', { true: 'Managed', false: 'Unmanaged' }, false, READ_ONLY),
    ...AUDIT_COLUMNS,
  ],
  navigation: [
    single('parentrootroleid', 'role', 'parentrootroleid', 'role_parent_root_role'),
    ...auditNavigation('lk_rolebase_createdby', 'lk_rolebase_modifiedby'),
  ],
};
