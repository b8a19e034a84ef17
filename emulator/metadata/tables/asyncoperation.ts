import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { OWNERSHIP_COLUMNS } from '../columns/ownership';
import {
  dateTime,
  entityName,
  guid,
  lookup,
  memo,
  picklist,
  primaryKey,
  READ_ONLY,
  text,
  whole,
} from '../columns/define';
import { stateCode, statusCode } from '../columns/stateStatus';
import { auditNavigation, ownershipNavigation, single } from '../navigation/define';

/** The platform writes every column of a system job; the Web API reads them. */
const SYSTEM = READ_ONLY;

/**
 * System Job (AsyncOperation): the platform's record of background work — here, one per execution of an asynchronous
 * step (operationtype 1 System Event), which names its step in owningextensionid. A failed webhook delivery leaves
 * its job Completed/Failed (statecode 3, statuscode 31) with the error in message and friendlymessage; a succeeded
 * job of a step with asyncautodelete is deleted. Columns and options: System Job (AsyncOperation) table/entity
 * reference, https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation ;
 * finding a step's failures by statuscode 31 and owningextensionid: "Register a WebHook", Query failed asynchronous
 * jobs for a given step, https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook .
 * Only the operation types the emulator runs are listed; regardingobjectid targets the tables it serves.
 */
export const ASYNCOPERATION: TableDef = {
  logicalName: 'asyncoperation',
  entitySetName: 'asyncoperations',
  primaryIdAttribute: 'asyncoperationid',
  primaryNameAttribute: 'name',
  objectTypeCode: 4700,
  columns: [
    primaryKey('asyncoperationid'),
    text('name', 256, SYSTEM),
    picklist('operationtype', { 1: 'System Event', 10: 'Workflow', 54: 'Execute Async Request' }, SYSTEM),
    text('messagename', 160, SYSTEM),
    entityName('primaryentitytype', SYSTEM),
    lookup('regardingobjectid', ['account', 'contact', 'lead', 'opportunity', 'task', 'list'], SYSTEM),
    entityName('regardingobjecttypecode', SYSTEM),
    lookup('owningextensionid', ['sdkmessageprocessingstep'], SYSTEM),
    guid('correlationid', SYSTEM),
    guid('requestid', SYSTEM),
    whole('depth', 0, 2147483647, SYSTEM),
    whole('retrycount', 0, 2147483647, SYSTEM),
    whole('errorcode', -2147483648, 2147483647, SYSTEM),
    memo('message', 100000, SYSTEM),
    memo('friendlymessage', 100000, SYSTEM),
    dateTime('startedon', SYSTEM),
    dateTime('completedon', SYSTEM),
    stateCode({ 0: 'Ready', 1: 'Suspended', 2: 'Locked', 3: 'Completed' }, 0, SYSTEM),
    statusCode(
      {
        0: ['Waiting For Resources', 0],
        10: ['Waiting', 1],
        20: ['In Progress', 2],
        21: ['Pausing', 2],
        22: ['Canceling', 2],
        30: ['Succeeded', 3],
        31: ['Failed', 3],
        32: ['Canceled', 3],
      },
      0,
      SYSTEM,
    ),
    ...OWNERSHIP_COLUMNS,
    ...AUDIT_COLUMNS,
  ],
  navigation: [
    single(
      'owningextensionid',
      'sdkmessageprocessingstep',
      'owningextensionid',
      'SdkMessageProcessingStep_AsyncOperations',
    ),
    ...ownershipNavigation('owner_asyncoperations', 'lk_asyncoperation_owninguser', 'lk_asyncoperation_owningteam'),
    ...auditNavigation('lk_asyncoperation_createdby', 'lk_asyncoperation_modifiedby'),
  ],
};
