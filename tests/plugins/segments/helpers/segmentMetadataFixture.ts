/**
 * A small stand-in for the tables' metadata: the lead, contact and account columns the segment tests use, with types
 * and option values as Microsoft's table references give them (contact.accountrolecode 1 Decision Maker, 2 Employee,
 * 3 Influencer; lead.leadsourcecode 1–10; lead.statecode 0 Open, 1 Qualified, 2 Disqualified).
 */
import type { ColumnDef, TableDef } from '../../../../schema/types';
import { segmentMetadataFromTables, type SegmentMetadata } from '../../../../plugins/segments';

const yesNo = { 0: 'No', 1: 'Yes' } as const;

const table = (
  logicalName: string,
  entitySetName: string,
  id: string,
  name: string,
  columns: ColumnDef[],
): TableDef => ({
  logicalName,
  entitySetName,
  primaryIdAttribute: id,
  primaryNameAttribute: name,
  columns,
  navigation: [],
});

export const LEAD_TABLE = table('lead', 'leads', 'leadid', 'fullname', [
  { name: 'leadid', type: 'uniqueidentifier' },
  { name: 'subject', type: 'string', maxLength: 300 },
  { name: 'fullname', type: 'string', maxLength: 160 },
  { name: 'companyname', type: 'string', maxLength: 100 },
  { name: 'createdon', type: 'datetime' },
  {
    name: 'leadsourcecode',
    type: 'picklist',
    options: {
      1: 'Advertisement',
      2: 'Employee Referral',
      3: 'External Referral',
      4: 'Partner',
      5: 'Public Relations',
      6: 'Seminar',
      7: 'Trade Show',
      8: 'Web',
      9: 'Word of Mouth',
      10: 'Other',
    },
  },
  { name: 'statecode', type: 'state', options: { 0: 'Open', 1: 'Qualified', 2: 'Disqualified' } },
  { name: 'parentcontactid', type: 'lookup', targets: ['contact'] },
  { name: 'budgetamount', type: 'money' },
  { name: 'numberofemployees', type: 'integer' },
  { name: 'donotemail', type: 'boolean', options: yesNo },
  { name: 'leadlink_score', type: 'integer' },
]);

export const CONTACT_TABLE = table('contact', 'contacts', 'contactid', 'fullname', [
  { name: 'contactid', type: 'uniqueidentifier' },
  { name: 'fullname', type: 'string', maxLength: 160 },
  { name: 'emailaddress1', type: 'string', maxLength: 100 },
  { name: 'jobtitle', type: 'string', maxLength: 100 },
  { name: 'birthdate', type: 'datetime' },
  { name: 'accountrolecode', type: 'picklist', options: { 1: 'Decision Maker', 2: 'Employee', 3: 'Influencer' } },
  { name: 'statecode', type: 'state', options: { 0: 'Active', 1: 'Inactive' } },
  { name: 'statuscode', type: 'status', options: { 1: 'Active', 2: 'Inactive' }, statusState: { 1: 0, 2: 1 } },
  { name: 'address1_latitude', type: 'double' },
  { name: 'exchangerate', type: 'decimal' },
  { name: 'versionnumber', type: 'bigint', validForCreate: false, validForUpdate: false },
  { name: 'donotbulkemail', type: 'boolean', options: yesNo },
  { name: 'donotemail', type: 'boolean', options: yesNo },
  { name: 'msdyn_isminor', type: 'boolean', options: yesNo },
  { name: 'msdyn_isminorwithparentalconsent', type: 'boolean', options: yesNo },
  { name: 'marketingonly', type: 'boolean', options: yesNo },
  { name: 'parentcustomerid', type: 'customer', targets: ['account', 'contact'] },
  { name: 'ownerid', type: 'owner', targets: ['systemuser', 'team'] },
  { name: 'annualincome', type: 'money' },
  { name: 'numberofchildren', type: 'integer' },
]);

export const ACCOUNT_TABLE = table('account', 'accounts', 'accountid', 'name', [
  { name: 'accountid', type: 'uniqueidentifier' },
  { name: 'name', type: 'string', maxLength: 160 },
  { name: 'address1_city', type: 'string', maxLength: 80 },
  { name: 'numberofemployees', type: 'integer' },
  { name: 'revenue', type: 'money' },
]);

export const metadata: SegmentMetadata = segmentMetadataFromTables([LEAD_TABLE, CONTACT_TABLE, ACCOUNT_TABLE]);

/** The same tables, with the contact table changed by `edit` (e.g. a column removed). */
export function metadataWithContact(edit: (columns: readonly ColumnDef[]) => ColumnDef[]): SegmentMetadata {
  return segmentMetadataFromTables([
    LEAD_TABLE,
    { ...CONTACT_TABLE, columns: edit(CONTACT_TABLE.columns) },
    ACCOUNT_TABLE,
  ]);
}
