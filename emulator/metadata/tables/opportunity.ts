import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS, IMPORT_COLUMNS } from '../columns/audit';
import {
  customer,
  dateTime,
  entityName,
  lookup,
  memo,
  money,
  picklist,
  primaryKey,
  text,
  whole,
} from '../columns/define';
import { OWNERSHIP_COLUMNS } from '../columns/ownership';
import { BUDGET_STATUS, NEED, PURCHASE_PROCESS, PURCHASE_TIMEFRAME, RATING } from '../columns/sharedOptions';
import { stateCode, statusCode } from '../columns/stateStatus';
import { auditNavigation, collection, ownershipNavigation, single } from '../navigation/define';

/**
 * Opportunity (added by Dynamics 365 Sales). Columns and options: Opportunity table/entity reference,
 * https://learn.microsoft.com/dynamics365/developer/reference/entities/opportunity ; navigation property names: the Web
 * API opportunity EntityType reference. CreateMultiple / UpdateMultiple are listed among the table's messages.
 */
export const OPPORTUNITY: TableDef = {
  logicalName: 'opportunity',
  entitySetName: 'opportunities',
  primaryIdAttribute: 'opportunityid',
  primaryNameAttribute: 'name',
  objectTypeCode: 3,
  supportsMultiple: true,
  columns: [
    primaryKey('opportunityid'),
    text('name', 300),
    memo('description', 2000),
    customer('customerid'),
    entityName('customeridtype'),
    lookup('parentcontactid', ['contact']),
    lookup('parentaccountid', ['account']),
    // The lead the opportunity was qualified from (set by QualifyLead).
    lookup('originatingleadid', ['lead']),
    money('estimatedvalue'),
    dateTime('estimatedclosedate'),
    money('actualvalue'),
    dateTime('actualclosedate'),
    whole('closeprobability', 0, 100),
    picklist('opportunityratingcode', RATING),
    picklist('salesstage', { 0: 'Qualify', 1: 'Develop', 2: 'Propose', 3: 'Close' }),
    picklist('budgetstatus', BUDGET_STATUS),
    money('budgetamount'),
    picklist('purchasetimeframe', PURCHASE_TIMEFRAME),
    picklist('purchaseprocess', PURCHASE_PROCESS),
    picklist('need', NEED),
    lookup('transactioncurrencyid', ['transactioncurrency']),
    stateCode({ 0: 'Open', 1: 'Won', 2: 'Lost' }, 0, { validForCreate: false }),
    statusCode({ 1: ['In Progress', 0], 2: ['On Hold', 0], 3: ['Won', 1], 4: ['Canceled', 2], 5: ['Out-Sold', 2] }, 1),
    ...OWNERSHIP_COLUMNS,
    ...AUDIT_COLUMNS,
    ...IMPORT_COLUMNS,
  ],
  navigation: [
    single('customerid_account', 'account', 'customerid', 'opportunity_customer_accounts'),
    single('customerid_contact', 'contact', 'customerid', 'opportunity_customer_contacts'),
    single('parentcontactid', 'contact', 'parentcontactid', 'opportunity_parent_contact'),
    single('parentaccountid', 'account', 'parentaccountid', 'opportunity_parent_account'),
    single('originatingleadid', 'lead', 'originatingleadid', 'opportunity_originating_lead'),
    single('transactioncurrencyid', 'transactioncurrency', 'transactioncurrencyid', 'transactioncurrency_opportunity'),
    ...ownershipNavigation('owner_opportunitys', 'opportunity_owning_user', 'team_opportunities'),
    ...auditNavigation('lk_opportunitybase_createdby', 'lk_opportunitybase_modifiedby'),
    collection('lead_qualifying_opportunity', 'lead', 'qualifyingopportunityid'),
    collection('Opportunity_Tasks', 'task', 'regardingobjectid'),
  ],
};
