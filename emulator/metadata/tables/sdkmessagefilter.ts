import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { entityName, lookup, primaryKey, READ_ONLY, text, whole, YES_NO, yesNo } from '../columns/define';
import { auditNavigation, collection, single } from '../navigation/define';

/**
 * Sdk Message Filter: which messages each table supports (`primaryobjecttypecode eq 'lead'` plus the message finds
 * the filter a step binds to; a CreateMultiple filter is how a client learns a table supports it). Columns: Sdk
 * Message Filter (SdkMessageFilter) table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessagefilter . Only Retrieve
 * and RetrieveMultiple are supported on it: the emulator seeds its rows.
 */
export const SDKMESSAGEFILTER: TableDef = {
  logicalName: 'sdkmessagefilter',
  entitySetName: 'sdkmessagefilters',
  primaryIdAttribute: 'sdkmessagefilterid',
  primaryNameAttribute: 'name',
  objectTypeCode: 4607,
  columns: [
    primaryKey('sdkmessagefilterid'),
    text('name', 256),
    lookup('sdkmessageid', ['sdkmessage']),
    entityName('primaryobjecttypecode', READ_ONLY),
    entityName('secondaryobjecttypecode', READ_ONLY),
    whole('availability', -2147483648, 2147483647),
    yesNo('iscustomprocessingstepallowed', YES_NO, false),
    yesNo('isvisible', YES_NO, false, READ_ONLY),
    ...AUDIT_COLUMNS,
  ],
  navigation: [
    single('sdkmessageid', 'sdkmessage', 'sdkmessageid', 'sdkmessageid_sdkmessagefilter'),
    ...auditNavigation('createdby_sdkmessagefilter', 'modifiedby_sdkmessagefilter'),
    collection('sdkmessagefilterid_sdkmessageprocessingstep', 'sdkmessageprocessingstep', 'sdkmessagefilterid'),
  ],
};
