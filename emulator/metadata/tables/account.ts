import type { TableDef } from '../../../schema/types';
import { address1Columns } from '../columns/address1';
import { AUDIT_COLUMNS, IMPORT_COLUMNS } from '../columns/audit';
import { CONTACT_PREFERENCE_COLUMNS } from '../columns/contactPreferences';
import { lookup, memo, money, picklist, primaryKey, READ_ONLY, text, whole, YES_NO, yesNo } from '../columns/define';
import { OWNERSHIP_COLUMNS } from '../columns/ownership';
import { INDUSTRY_CODE, PREFERRED_CONTACT_METHOD } from '../columns/sharedOptions';
import { activeInactive } from '../columns/stateStatus';
import { auditNavigation, collection, ownershipNavigation, single } from '../navigation/define';

/**
 * Account. Columns, lengths and options: Account table/entity reference (Dataverse),
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account ; originatingleadid comes
 * with Dynamics 365 Sales (Web API account EntityType). CreateMultiple / UpdateMultiple are listed among the table's
 * messages.
 */
export const ACCOUNT: TableDef = {
  logicalName: 'account',
  entitySetName: 'accounts',
  primaryIdAttribute: 'accountid',
  primaryNameAttribute: 'name',
  objectTypeCode: 1,
  supportsMultiple: true,
  columns: [
    primaryKey('accountid'),
    text('name', 160),
    text('accountnumber', 20),
    text('emailaddress1', 100),
    text('emailaddress2', 100),
    text('emailaddress3', 100),
    text('telephone1', 50),
    text('telephone2', 50),
    text('telephone3', 50),
    text('fax', 50),
    text('websiteurl', 200),
    ...address1Columns(200),
    picklist('address1_addresstypecode', { 1: 'Bill To', 2: 'Ship To', 3: 'Primary', 4: 'Other' }),
    memo('description', 2000),
    picklist('industrycode', INDUSTRY_CODE),
    picklist('accountcategorycode', { 1: 'Preferred Customer', 2: 'Standard' }),
    picklist('customertypecode', {
      1: 'Competitor',
      2: 'Consultant',
      3: 'Customer',
      4: 'Investor',
      5: 'Partner',
      6: 'Influencer',
      7: 'Press',
      8: 'Prospect',
      9: 'Reseller',
      10: 'Supplier',
      11: 'Vendor',
      12: 'Other',
    }),
    picklist('ownershipcode', { 1: 'Public', 2: 'Private', 3: 'Subsidiary', 4: 'Other' }),
    picklist('preferredcontactmethodcode', PREFERRED_CONTACT_METHOD),
    money('revenue', { min: 0, max: 100000000000000 }),
    whole('numberofemployees', 0, 1000000000),
    text('sic', 20),
    text('tickersymbol', 10),
    yesNo('marketingonly', YES_NO, false),
    ...CONTACT_PREFERENCE_COLUMNS,
    yesNo('donotbulkpostalmail', YES_NO, false),
    lookup('primarycontactid', ['contact']),
    lookup('parentaccountid', ['account']),
    lookup('originatingleadid', ['lead']),
    lookup('transactioncurrencyid', ['transactioncurrency']),
    // Set by the Merge message only (Account table reference: masterid, merged).
    lookup('masterid', ['account'], READ_ONLY),
    yesNo('merged', YES_NO, false, READ_ONLY),
    ...activeInactive({ validForCreate: false }),
    ...OWNERSHIP_COLUMNS,
    ...AUDIT_COLUMNS,
    ...IMPORT_COLUMNS,
  ],
  navigation: [
    single('primarycontactid', 'contact', 'primarycontactid', 'account_primary_contact'),
    single('parentaccountid', 'account', 'parentaccountid', 'account_parent_account'),
    single('originatingleadid', 'lead', 'originatingleadid', 'account_originating_lead'),
    single('transactioncurrencyid', 'transactioncurrency', 'transactioncurrencyid', 'transactioncurrency_account'),
    single('masterid', 'account', 'masterid', 'account_master_account'),
    ...ownershipNavigation('owner_accounts', 'user_accounts', 'team_accounts'),
    ...auditNavigation('lk_accountbase_createdby', 'lk_accountbase_modifiedby'),
    collection('account_parent_account', 'account', 'parentaccountid'),
    collection('account_master_account', 'account', 'masterid'),
    collection('lead_parent_account', 'lead', 'parentaccountid'),
    collection('lead_customer_accounts', 'lead', 'customerid'),
    collection('contact_customer_accounts', 'contact', 'parentcustomerid'),
    collection('opportunity_parent_account', 'opportunity', 'parentaccountid'),
    collection('opportunity_customer_accounts', 'opportunity', 'customerid'),
    collection('Account_Tasks', 'task', 'regardingobjectid'),
  ],
};
