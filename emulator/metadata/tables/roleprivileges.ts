import type { TableDef } from '../../../schema/types';
import { VERSION_NUMBER } from '../columns/audit';
import { guid, primaryKey, READ_ONLY, whole } from '../columns/define';

/**
 * RolePrivileges: the intersect table of roleprivileges_association, one row per privilege a role grants, read with
 * RetrieveMultiple only and written by AddPrivilegesRole / RemovePrivilegeRole. roleid and privilegeid are plain
 * Uniqueidentifier columns, and the table has no primary name. privilegedepthmask holds the depth as the
 * PrivilegeDepth masks: 1 Basic, 2 Local, 4 Deep, 8 Global. Columns: RolePrivileges table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/roleprivileges ; the masks:
 * https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg308072(v=crm.8) .
 */
export const ROLEPRIVILEGES: TableDef = {
  logicalName: 'roleprivileges',
  entitySetName: 'roleprivilegescollection',
  primaryIdAttribute: 'roleprivilegeid',
  primaryNameAttribute: '',
  columns: [
    primaryKey('roleprivilegeid'),
    guid('roleid', READ_ONLY),
    guid('privilegeid', READ_ONLY),
    whole('privilegedepthmask', -2147483648, 2147483647),
    VERSION_NUMBER,
  ],
  navigation: [],
};
