import type { TableDef } from '../../../schema/types';
import { address1Columns } from '../columns/address1';
import { AUDIT_COLUMNS, IMPORT_COLUMNS } from '../columns/audit';
import { CONTACT_PREFERENCE_COLUMNS } from '../columns/contactPreferences';
import {
  customer,
  dateTime,
  entityName,
  INDEXED,
  lookup,
  memo,
  picklist,
  primaryKey,
  READ_ONLY,
  text,
  YES_NO,
  yesNo,
} from '../columns/define';
import { OWNERSHIP_COLUMNS } from '../columns/ownership';
import { PREFERRED_CONTACT_METHOD } from '../columns/sharedOptions';
import { activeInactive } from '../columns/stateStatus';
import { auditNavigation, collection, ownershipNavigation, single } from '../navigation/define';

/**
 * Contact. Columns, lengths and options: Contact table/entity reference (Dataverse),
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact — marketingonly and the
 * msdyn_* consent flags are Dataverse columns there; originatingleadid comes with Dynamics 365 Sales (Web API contact
 * EntityType). CreateMultiple / UpdateMultiple are listed among the table's messages. masterid ("Unique identifier of
 * the master contact for merge", relationship contact_master_contact) and merged are set by the Merge message only:
 * neither is valid for create or update.
 */
export const CONTACT: TableDef = {
  logicalName: 'contact',
  entitySetName: 'contacts',
  primaryIdAttribute: 'contactid',
  primaryNameAttribute: 'fullname',
  objectTypeCode: 2,
  supportsMultiple: true,
  columns: [
    primaryKey('contactid'),
    text('firstname', 50),
    text('middlename', 50),
    text('lastname', 50),
    text('fullname', 160, READ_ONLY),
    text('salutation', 100),
    text('suffix', 10),
    text('nickname', 100),
    text('jobtitle', 100),
    text('department', 100),
    text('emailaddress1', 100, INDEXED),
    text('emailaddress2', 100),
    text('emailaddress3', 100),
    text('telephone1', 50),
    text('telephone2', 50),
    text('telephone3', 50),
    text('mobilephone', 50),
    text('fax', 50),
    text('websiteurl', 200),
    ...address1Columns(200),
    picklist('address1_addresstypecode', { 1: 'Bill To', 2: 'Ship To', 3: 'Primary', 4: 'Other' }),
    memo('description', 2000),
    dateTime('birthdate'),
    picklist('gendercode', { 1: 'Male', 2: 'Female' }),
    picklist('familystatuscode', { 1: 'Single', 2: 'Married', 3: 'Divorced', 4: 'Widowed' }),
    picklist('accountrolecode', { 1: 'Decision Maker', 2: 'Employee', 3: 'Influencer' }),
    picklist('preferredcontactmethodcode', PREFERRED_CONTACT_METHOD),
    picklist('leadsourcecode', { 1: 'Default Value' }),
    picklist('customertypecode', { 1: 'Default Value' }),
    // "Whether is only for marketing": the flag Customer Insights – Journeys uses for marketing-only contacts.
    yesNo('marketingonly', YES_NO, false),
    ...CONTACT_PREFERENCE_COLUMNS,
    yesNo('donotbulkpostalmail', YES_NO, false),
    yesNo('msdyn_disablewebtracking', YES_NO, false),
    yesNo('msdyn_isminor', YES_NO, false),
    yesNo('msdyn_isminorwithparentalconsent', YES_NO, false),
    customer('parentcustomerid'),
    entityName('parentcustomeridtype'),
    lookup('originatingleadid', ['lead']),
    lookup('transactioncurrencyid', ['transactioncurrency']),
    lookup('masterid', ['contact'], READ_ONLY),
    yesNo('merged', YES_NO, false, READ_ONLY),
    ...activeInactive({ validForCreate: false }),
    ...OWNERSHIP_COLUMNS,
    ...AUDIT_COLUMNS,
    ...IMPORT_COLUMNS,
  ],
  navigation: [
    single('parentcustomerid_account', 'account', 'parentcustomerid', 'contact_customer_accounts'),
    single('parentcustomerid_contact', 'contact', 'parentcustomerid', 'contact_customer_contacts'),
    single('originatingleadid', 'lead', 'originatingleadid', 'contact_originating_lead'),
    single('transactioncurrencyid', 'transactioncurrency', 'transactioncurrencyid', 'transactioncurrency_contact'),
    single('masterid', 'contact', 'masterid', 'contact_master_contact'),
    ...ownershipNavigation('owner_contacts', 'contact_owning_user', 'team_contacts'),
    ...auditNavigation('lk_contactbase_createdby', 'lk_contactbase_modifiedby'),
    collection('lead_parent_contact', 'lead', 'parentcontactid'),
    collection('lead_customer_contacts', 'lead', 'customerid'),
    collection('account_primary_contact', 'account', 'primarycontactid'),
    collection('contact_customer_contacts', 'contact', 'parentcustomerid'),
    collection('contact_master_contact', 'contact', 'masterid'),
    collection('opportunity_parent_contact', 'opportunity', 'parentcontactid'),
    collection('opportunity_customer_contacts', 'opportunity', 'customerid'),
    collection('Contact_Tasks', 'task', 'regardingobjectid'),
  ],
};
