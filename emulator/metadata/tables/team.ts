import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { CREATE_ONLY, memo, picklist, primaryKey, READ_ONLY, text, YES_NO, yesNo } from '../columns/define';

/**
 * Team, minimal: ownerid may point at a team. Columns: Team table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/team .
 */
export const TEAM: TableDef = {
  logicalName: 'team',
  entitySetName: 'teams',
  primaryIdAttribute: 'teamid',
  primaryNameAttribute: 'name',
  objectTypeCode: 9,
  columns: [
    primaryKey('teamid'),
    text('name', 160),
    memo('description', 2000),
    text('emailaddress', 100),
    picklist('teamtype', { 0: 'Owner', 1: 'Access', 2: 'AAD Security Group', 3: 'AAD Office Group' }, CREATE_ONLY),
    yesNo('isdefault', YES_NO, false, READ_ONLY),
    ...AUDIT_COLUMNS,
  ],
  navigation: [],
};
