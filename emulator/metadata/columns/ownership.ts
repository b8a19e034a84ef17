import type { ColumnDef } from '../../../schema/types';
import { entityName, lookup, READ_ONLY } from './define';

/**
 * Columns of a user-owned table: ownerid (Type Owner, Targets systemuser, team), its type column, and the read-only
 * owninguser / owningteam lookups the platform fills from it.
 */
export const OWNERSHIP_COLUMNS: readonly ColumnDef[] = [
  { name: 'ownerid', type: 'owner', targets: ['systemuser', 'team'] },
  entityName('owneridtype'),
  lookup('owninguser', ['systemuser'], READ_ONLY),
  lookup('owningteam', ['team'], READ_ONLY),
];
