import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { dateTime, memo, primaryKey, READ_ONLY, text, YES_NO, yesNo } from '../columns/define';
import { auditNavigation } from '../navigation/define';

/**
 * Solution: one row per installed solution, with its version and whether it is managed. Columns: Solution
 * table/entity reference, https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solution .
 * ismanaged and installedon are the platform's (read-only; importing a managed solution sets ismanaged); a row made
 * with POST is an unmanaged solution. publisherid is left out: the emulator serves no publisher table.
 */
export const SOLUTION: TableDef = {
  logicalName: 'solution',
  entitySetName: 'solutions',
  primaryIdAttribute: 'solutionid',
  primaryNameAttribute: 'friendlyname',
  objectTypeCode: 7100,
  columns: [
    primaryKey('solutionid'),
    text('uniquename', 65),
    text('friendlyname', 256),
    text('version', 256),
    memo('description', 2000),
    yesNo('ismanaged', { true: 'Managed', false: 'Unmanaged' }, false, READ_ONLY),
    yesNo('isvisible', YES_NO, true),
    dateTime('installedon', READ_ONLY),
    ...AUDIT_COLUMNS,
  ],
  navigation: [...auditNavigation('lk_solution_createdby', 'lk_solution_modifiedby')],
};
