import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { primaryKey, READ_ONLY, text, whole, YES_NO, yesNo } from '../columns/define';
import { auditNavigation, collection } from '../navigation/define';

/**
 * Sdk Message. Columns: Sdk Message (SdkMessage) table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessage . Only Retrieve and
 * RetrieveMultiple are supported on it: the emulator seeds its rows (standardMessages.ts).
 */
export const SDKMESSAGE: TableDef = {
  logicalName: 'sdkmessage',
  entitySetName: 'sdkmessages',
  primaryIdAttribute: 'sdkmessageid',
  primaryNameAttribute: 'name',
  objectTypeCode: 4606,
  columns: [
    primaryKey('sdkmessageid'),
    text('name', 256),
    text('categoryname', 25),
    text('executeprivilegename', 100),
    whole('availability', -2147483648, 2147483647),
    yesNo('autotransact', YES_NO, false),
    yesNo('expand', YES_NO, false),
    yesNo('isactive', YES_NO, true),
    yesNo('isprivate', YES_NO, false),
    yesNo('isreadonly', YES_NO, false),
    yesNo('template', YES_NO, false),
    yesNo('workflowsdkstepenabled', YES_NO, false, READ_ONLY),
    ...AUDIT_COLUMNS,
  ],
  navigation: [
    ...auditNavigation('createdby_sdkmessage', 'modifiedby_sdkmessage'),
    collection('sdkmessageid_sdkmessagefilter', 'sdkmessagefilter', 'sdkmessageid'),
    collection('sdkmessageid_sdkmessageprocessingstep', 'sdkmessageprocessingstep', 'sdkmessageid'),
  ],
};
