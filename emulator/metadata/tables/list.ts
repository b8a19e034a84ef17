import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS, IMPORT_COLUMNS } from '../columns/audit';
import {
  CREATE_ONLY,
  dateTime,
  INDEXED,
  lookup,
  memo,
  money,
  picklist,
  primaryKey,
  text,
  whole,
  YES_NO,
  yesNo,
} from '../columns/define';
import { OWNERSHIP_COLUMNS } from '../columns/ownership';
import { stateCode, statusCode } from '../columns/stateStatus';
import { auditNavigation, ownershipNavigation, single } from '../navigation/define';

/**
 * Marketing List. Columns and options: List table/entity reference (Dynamics 365),
 * https://learn.microsoft.com/dynamics365/developer/reference/entities/list . A static list (type false) holds its
 * members in listmember rows, reached through the N:N relationships listaccount_association, listcontact_association
 * and listlead_association (manyToMany.ts); a dynamic list (type true) holds a FetchXML query instead. Its status
 * reasons are 0 Active and 1 Inactive, unlike most tables.
 *
 * supportsMultiple is left unset on purpose, although the newest List reference lists CreateMultiple: it keeps the
 * client's per-row fallback exercised against the emulator.
 */
export const LIST: TableDef = {
  logicalName: 'list',
  entitySetName: 'lists',
  primaryIdAttribute: 'listid',
  primaryNameAttribute: 'listname',
  objectTypeCode: 4300,
  columns: [
    primaryKey('listid'),
    text('listname', 128, INDEXED),
    yesNo('type', { true: 'Dynamic', false: 'Static' }, false, CREATE_ONLY),
    // The reference types query as a String (FormatName Text) of up to 1,073,741,823 characters, not a Memo.
    text('query', 1073741823),
    picklist('createdfromcode', { 1: 'Account', 2: 'Contact', 4: 'Lead' }, CREATE_ONLY),
    whole('membertype', 0, 1000000000, CREATE_ONLY),
    whole('membercount', 0, 1000000000, { validForCreate: false }),
    memo('description', 2000),
    text('purpose', 512),
    text('source', 128),
    money('cost', { min: 0, max: 1000000000000 }),
    yesNo('lockstatus', YES_NO, false),
    yesNo('donotsendonoptout', YES_NO, true),
    yesNo('ignoreinactivelistmembers', YES_NO, true),
    dateTime('lastusedon', { validForCreate: false }),
    lookup('transactioncurrencyid', ['transactioncurrency']),
    stateCode({ 0: 'Active', 1: 'Inactive' }, 0, { validForCreate: false }),
    statusCode({ 0: ['Active', 0], 1: ['Inactive', 1] }, 0),
    ...OWNERSHIP_COLUMNS,
    ...AUDIT_COLUMNS,
    ...IMPORT_COLUMNS,
  ],
  navigation: [
    single('transactioncurrencyid', 'transactioncurrency', 'transactioncurrencyid', 'transactioncurrency_list'),
    ...ownershipNavigation('owner_lists', 'user_list', 'team_list'),
    ...auditNavigation('lk_list_createdby', 'lk_list_modifiedby'),
  ],
};
