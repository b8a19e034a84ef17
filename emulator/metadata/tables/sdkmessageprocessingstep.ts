import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { lookup, picklist, primaryKey, text, whole, YES_NO, yesNo } from '../columns/define';
import { stateCode, statusCode } from '../columns/stateStatus';
import { auditNavigation, collection, single } from '../navigation/define';

/**
 * Sdk Message Processing Step: registers an event handler (for LeadLink a webhook service endpoint) on a message
 * and table. Columns and options: Sdk Message Processing Step (SdkMessageProcessingStep) table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep .
 * plugintypeid is left out: webhook steps bind eventhandler_serviceendpoint, and the emulator serves no plugintype.
 */
export const SDKMESSAGEPROCESSINGSTEP: TableDef = {
  logicalName: 'sdkmessageprocessingstep',
  entitySetName: 'sdkmessageprocessingsteps',
  primaryIdAttribute: 'sdkmessageprocessingstepid',
  primaryNameAttribute: 'name',
  objectTypeCode: 4608,
  columns: [
    primaryKey('sdkmessageprocessingstepid'),
    text('name', 256),
    text('description', 256),
    lookup('eventhandler', ['plugintype', 'serviceendpoint']),
    lookup('sdkmessageid', ['sdkmessage']),
    lookup('sdkmessagefilterid', ['sdkmessagefilter']),
    lookup('impersonatinguserid', ['systemuser']),
    // Comma-separated column names; an Update step fires only when one of them is in the request.
    text('filteringattributes', 100000),
    text('configuration', 1073741823),
    // Defaults below are the references' DefaultFormValue of SystemRequired choices, which a create may omit (public
    // webhook registrations send no invocationsource) — so the platform must supply them; inferred, not documented.
    picklist(
      'stage',
      {
        5: 'Initial Pre-operation (For internal use only)',
        10: 'Pre-validation',
        15: 'Internal Pre-operation Before External Plugins (For internal use only)',
        20: 'Pre-operation',
        25: 'Internal Pre-operation After External Plugins (For internal use only)',
        30: 'Main Operation (For internal use only)',
        35: 'Internal Post-operation Before External Plugins (For internal use only)',
        40: 'Post-operation',
        45: 'Internal Post-operation After External Plugins (For internal use only)',
        50: 'Post-operation (Deprecated)',
        55: 'Final Post-operation (For internal use only)',
        80: 'Pre-Commit stage fired before transaction commit (For internal use only)',
        90: 'Post-Commit stage fired after transaction commit (For internal use only)',
      },
      { defaultValue: 10 },
    ),
    picklist('mode', { 0: 'Synchronous', 1: 'Asynchronous' }, { defaultValue: 0 }),
    whole('rank', -2147483648, 2147483647),
    picklist('invocationsource', { [-1]: 'Internal', 0: 'Parent', 1: 'Child' }, { defaultValue: 0 }),
    picklist(
      'supporteddeployment',
      { 0: 'Server Only', 1: 'Microsoft Dynamics 365 Client for Outlook Only', 2: 'Both' },
      { defaultValue: 0 },
    ),
    yesNo('asyncautodelete', YES_NO, false),
    stateCode({ 0: 'Enabled', 1: 'Disabled' }, 0),
    statusCode({ 1: ['Enabled', 0], 2: ['Disabled', 1] }, 1),
    ...AUDIT_COLUMNS,
  ],
  navigation: [
    single(
      'eventhandler_serviceendpoint',
      'serviceendpoint',
      'eventhandler',
      'serviceendpoint_sdkmessageprocessingstep',
    ),
    single('sdkmessageid', 'sdkmessage', 'sdkmessageid', 'sdkmessageid_sdkmessageprocessingstep'),
    single(
      'sdkmessagefilterid',
      'sdkmessagefilter',
      'sdkmessagefilterid',
      'sdkmessagefilterid_sdkmessageprocessingstep',
    ),
    single('impersonatinguserid', 'systemuser', 'impersonatinguserid', 'impersonatinguserid_sdkmessageprocessingstep'),
    ...auditNavigation('createdby_sdkmessageprocessingstep', 'modifiedby_sdkmessageprocessingstep'),
    collection(
      'sdkmessageprocessingstepid_sdkmessageprocessingstepimage',
      'sdkmessageprocessingstepimage',
      'sdkmessageprocessingstepid',
    ),
  ],
};
