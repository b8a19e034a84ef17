import type { TableDef } from '../../../schema/types';
import { VERSION_NUMBER } from '../columns/audit';
import { primaryKey, READ_ONLY, text, whole, YES_NO, yesNo } from '../columns/define';

/** The columns say at which depths a role may grant the privilege. */
const depthFlag = (name: string) => yesNo(name, YES_NO, false, READ_ONLY);

/**
 * Privilege: one permission (prvReadLead…), the platform's own rows; the Web API only reads them (Retrieve,
 * RetrieveMultiple). Columns: Privilege table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/privilege . The emulator seeds the
 * privileges of every table it serves (seed/privileges.ts).
 */
export const PRIVILEGE: TableDef = {
  logicalName: 'privilege',
  entitySetName: 'privileges',
  primaryIdAttribute: 'privilegeid',
  primaryNameAttribute: 'name',
  columns: [
    primaryKey('privilegeid'),
    text('name', 256, READ_ONLY),
    whole('accessright', -2147483648, 2147483647, READ_ONLY),
    depthFlag('canbebasic'),
    depthFlag('canbelocal'),
    depthFlag('canbedeep'),
    depthFlag('canbeglobal'),
    yesNo('ismanaged', { true: 'Managed', false: 'Unmanaged' }, false, READ_ONLY),
    VERSION_NUMBER,
  ],
  navigation: [],
};
