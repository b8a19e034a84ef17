import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { guid, picklist, primaryKey, READ_ONLY, text, yesNo } from '../columns/define';
import { auditNavigation } from '../navigation/define';

/**
 * User (SystemUser), minimal: who owns, created and modified rows. Columns and lengths: User (SystemUser)
 * table/entity reference, https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuser .
 * businessunitid is left out: the emulator serves no businessunit table.
 */
export const SYSTEMUSER: TableDef = {
  logicalName: 'systemuser',
  entitySetName: 'systemusers',
  primaryIdAttribute: 'systemuserid',
  primaryNameAttribute: 'fullname',
  objectTypeCode: 8,
  columns: [
    primaryKey('systemuserid'),
    text('firstname', 256),
    text('lastname', 256),
    text('fullname', 200, READ_ONLY),
    text('domainname', 1024),
    text('internalemailaddress', 100),
    text('title', 128),
    text('jobtitle', 100),
    yesNo('isdisabled', { true: 'Disabled', false: 'Enabled' }, false),
    picklist(
      'accessmode',
      {
        0: 'Read-Write',
        1: 'Administrative',
        2: 'Read',
        3: 'Support User',
        4: 'Non-interactive',
        5: 'Delegated Admin',
      },
      { defaultValue: 0 },
    ),
    // Application users (client-credential callers) carry their Microsoft Entra application id here.
    guid('applicationid'),
    guid('azureactivedirectoryobjectid', READ_ONLY),
    ...AUDIT_COLUMNS,
  ],
  navigation: [...auditNavigation('lk_systemuserbase_createdby', 'lk_systemuserbase_modifiedby')],
};
