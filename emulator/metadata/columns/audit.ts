import type { ColumnDef } from '../../../schema/types';
import { CREATE_ONLY, dateTime, lookup, READ_ONLY, whole } from './define';

/**
 * The platform-maintained columns most tables carry. Every table reference lists createdon / modifiedon / createdby /
 * modifiedby / versionnumber among its read-only columns (IsValidForCreate and IsValidForUpdate both False).
 */
export const CREATED_MODIFIED: readonly ColumnDef[] = [
  dateTime('createdon', READ_ONLY),
  dateTime('modifiedon', READ_ONLY),
  lookup('createdby', ['systemuser'], READ_ONLY),
  lookup('modifiedby', ['systemuser'], READ_ONLY),
];

/** Row version (BigInt, the full 64-bit range); the emulator derives `@odata.etag` from it. */
export const VERSION_NUMBER: ColumnDef = { name: 'versionnumber', type: 'bigint', ...READ_ONLY };

/** Data-migration columns: settable on create only (IsValidForUpdate = False). */
export const IMPORT_COLUMNS: readonly ColumnDef[] = [
  dateTime('overriddencreatedon', CREATE_ONLY),
  whole('importsequencenumber', -2147483648, 2147483647, CREATE_ONLY),
];

/** createdon, modifiedon, createdby, modifiedby and versionnumber. */
export const AUDIT_COLUMNS: readonly ColumnDef[] = [...CREATED_MODIFIED, VERSION_NUMBER];
