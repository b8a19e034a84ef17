import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS, IMPORT_COLUMNS } from '../columns/audit';
import { entityName, lookup, primaryKey, READ_ONLY, text } from '../columns/define';
import { auditNavigation } from '../navigation/define';

/**
 * Marketing List Member: the intersect table of a static list's N:N relationships (listid is Entity1IntersectAttribute,
 * entityid Entity2IntersectAttribute). Columns: ListMember table/entity reference,
 * https://learn.microsoft.com/dynamics365/developer/reference/entities/listmember . listid and entityid have no
 * single-valued navigation properties: members are added through the list's *_association navigation properties
 * (or AddMemberList) and read back as `_listid_value` / `_entityid_value`.
 */
export const LISTMEMBER: TableDef = {
  logicalName: 'listmember',
  entitySetName: 'listmembers',
  primaryIdAttribute: 'listmemberid',
  primaryNameAttribute: 'name',
  objectTypeCode: 4301,
  columns: [
    primaryKey('listmemberid'),
    lookup('listid', ['list']),
    lookup('entityid', ['account', 'contact', 'lead']),
    entityName('entitytype'),
    entityName('entityidtypecode'),
    text('name', 100),
    // Owned through its list: the owner columns are read-only here.
    { name: 'ownerid', type: 'owner', targets: ['systemuser', 'team'], ...READ_ONLY },
    entityName('owneridtype', READ_ONLY),
    ...AUDIT_COLUMNS,
    ...IMPORT_COLUMNS,
  ],
  navigation: [...auditNavigation('lk_listmember_createdby', 'lk_listmember_modifiedby')],
};
