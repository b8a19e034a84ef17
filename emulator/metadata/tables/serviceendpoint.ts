import type { TableDef } from '../../../schema/types';
import { CREATED_MODIFIED } from '../columns/audit';
import { CREATE_ONLY, memo, picklist, primaryKey, READ_ONLY, text, YES_NO, yesNo } from '../columns/define';
import { auditNavigation, collection } from '../navigation/define';

/** Columns whose value is a secret: IsValidForRead = False, so a read never returns them. */
const WRITE_ONLY = { validForRead: false } as const;

/**
 * ServiceEndpoint (a webhook is contract 8). Columns and options: ServiceEndpoint table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/serviceendpoint (authtype 0 and
 * 9 and contract 11 from its newest revision). The table has no statecode and no versionnumber column.
 */
export const SERVICEENDPOINT: TableDef = {
  logicalName: 'serviceendpoint',
  entitySetName: 'serviceendpoints',
  primaryIdAttribute: 'serviceendpointid',
  primaryNameAttribute: 'name',
  objectTypeCode: 4618,
  columns: [
    primaryKey('serviceendpointid'),
    text('name', 256),
    memo('description', 2000),
    picklist('contract', {
      1: 'OneWay',
      2: 'Queue',
      3: 'Rest',
      4: 'TwoWay',
      5: 'Topic',
      6: 'Queue (Persistent)',
      7: 'Event Hub',
      8: 'Webhook',
      9: 'Event Grid',
      10: 'Managed Data Lake',
      11: 'Container Storage',
    }),
    picklist('authtype', {
      0: 'Not Specified',
      1: 'ACS',
      2: 'SAS Key',
      3: 'SAS Token',
      4: 'Webhook Key',
      5: 'Http Header',
      6: 'Http Query String',
      7: 'Connection String',
      8: 'Access Key',
      9: 'Managed Identity',
    }),
    text('authvalue', 2048, WRITE_ONLY),
    // SystemRequired, yet public webhook registrations omit it: the platform fills DefaultFormValue 1 (inferred).
    picklist('connectionmode', { 1: 'Normal', 2: 'Federated' }, { defaultValue: 1 }),
    picklist('messageformat', { 1: 'Binary XML', 2: 'Json', 3: 'Text XML' }),
    picklist('namespaceformat', { 1: 'Namespace Name', 2: 'Namespace Address' }),
    picklist('userclaim', { 1: 'None', 2: 'UserId', 3: 'UserInfo' }),
    text('url', 2000),
    text('namespaceaddress', 255),
    text('path', 160),
    text('solutionnamespace', 160),
    text('saskeyname', 256),
    text('saskey', 256, WRITE_ONLY),
    text('sastoken', 256, WRITE_ONLY),
    yesNo('usekeyvaultconfiguration', YES_NO, false),
    // Tells a reader whether authvalue holds something, since authvalue itself cannot be read.
    yesNo('isauthvalueset', YES_NO, false, READ_ONLY),
    text('introducedversion', 48, CREATE_ONLY),
    ...CREATED_MODIFIED,
  ],
  navigation: [
    ...auditNavigation('createdby_serviceendpoint', 'modifiedby_serviceendpoint'),
    collection('serviceendpoint_sdkmessageprocessingstep', 'sdkmessageprocessingstep', 'eventhandler'),
  ],
};
