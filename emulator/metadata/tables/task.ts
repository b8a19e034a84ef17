import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS, IMPORT_COLUMNS } from '../columns/audit';
import { dateTime, entityName, lookup, memo, picklist, primaryKey, READ_ONLY, text, whole } from '../columns/define';
import { OWNERSHIP_COLUMNS } from '../columns/ownership';
import { stateCode, statusCode } from '../columns/stateStatus';
import { auditNavigation, ownershipNavigation, single } from '../navigation/define';

/**
 * Task (an activity: primary key activityid). Columns and options: Task table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task . The Dataverse reference
 * lists regardingobjectid targets account and contact; Dynamics 365 Sales adds lead and opportunity (relationships
 * Lead_Tasks, Opportunity_Tasks). Navigation names: the Web API task EntityType reference — ownerid, createdby and
 * modifiedby are inherited from activitypointer, hence their activitypointer relationships. CreateMultiple is not
 * among the table's messages.
 */
export const TASK: TableDef = {
  logicalName: 'task',
  entitySetName: 'tasks',
  primaryIdAttribute: 'activityid',
  primaryNameAttribute: 'subject',
  objectTypeCode: 4212,
  columns: [
    primaryKey('activityid'),
    text('subject', 200),
    memo('description', 2000),
    text('category', 250),
    text('subcategory', 250),
    dateTime('scheduledstart'),
    dateTime('scheduledend'),
    dateTime('actualstart'),
    dateTime('actualend'),
    whole('actualdurationminutes', 0, 2147483647),
    whole('percentcomplete', 0, 100),
    picklist('prioritycode', { 0: 'Low', 1: 'Normal', 2: 'High' }),
    lookup('regardingobjectid', ['account', 'contact', 'lead', 'opportunity']),
    entityName('regardingobjecttypecode'),
    entityName('activitytypecode', READ_ONLY),
    stateCode({ 0: 'Open', 1: 'Completed', 2: 'Canceled' }, 0),
    statusCode(
      {
        2: ['Not Started', 0],
        3: ['In Progress', 0],
        4: ['Waiting on someone else', 0],
        5: ['Completed', 1],
        6: ['Canceled', 2],
        7: ['Deferred', 0],
      },
      2,
    ),
    ...OWNERSHIP_COLUMNS,
    ...AUDIT_COLUMNS,
    ...IMPORT_COLUMNS,
  ],
  navigation: [
    single('regardingobjectid_account_task', 'account', 'regardingobjectid', 'Account_Tasks'),
    single('regardingobjectid_contact_task', 'contact', 'regardingobjectid', 'Contact_Tasks'),
    single('regardingobjectid_lead_task', 'lead', 'regardingobjectid', 'Lead_Tasks'),
    single('regardingobjectid_opportunity_task', 'opportunity', 'regardingobjectid', 'Opportunity_Tasks'),
    ...ownershipNavigation('owner_activitypointers', 'user_activity', 'team_activity'),
    ...auditNavigation('lk_activitypointer_createdby', 'lk_activitypointer_modifiedby'),
  ],
};
