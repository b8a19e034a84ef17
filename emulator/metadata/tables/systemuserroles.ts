import type { TableDef } from '../../../schema/types';
import { VERSION_NUMBER } from '../columns/audit';
import { guid, primaryKey, READ_ONLY } from '../columns/define';

/**
 * SystemUserRoles: the intersect table of systemuserroles_association (which user holds which role). Rows come and go
 * through `POST systemusers(<id>)/systemuserroles_association/$ref` and its DELETE; the entity set only reads.
 * systemuserid and roleid are plain Uniqueidentifier columns and the table has no primary name, as its table
 * reference lists (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuserroles).
 */
export const SYSTEMUSERROLES: TableDef = {
  logicalName: 'systemuserroles',
  entitySetName: 'systemuserrolescollection',
  primaryIdAttribute: 'systemuserroleid',
  primaryNameAttribute: '',
  columns: [primaryKey('systemuserroleid'), guid('systemuserid', READ_ONLY), guid('roleid', READ_ONLY), VERSION_NUMBER],
  navigation: [],
};
