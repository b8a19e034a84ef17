/**
 * A small catalog for the FetchXML tests: lead, contact and account with the columns the tests use (names, types and
 * choices from Microsoft's table references), and LeadLink's interaction table and lead columns from schema/leadlink.
 * Microsoft's full declarations live in emulator/metadata/tables; these fixtures keep the tests independent of them.
 */
import { CUSTOM_NAVIGATION, INTERACTION_TABLE, LEAD_CUSTOM_COLUMNS } from '../../../schema/leadlink';
import type { TableDef } from '../../../schema/types';
import { Catalog } from '../../../emulator/metadata/catalog';
import { Store } from '../../../emulator/store/Store';
import type { EntityRef, StoredValue } from '../../../emulator/store/values';
import { DataverseFault } from '../../../emulator/errors/DataverseFault';
import { runFetchXml, type FetchXmlOptions, type FetchXmlResult } from '../../../emulator/fetchxml';

const LEAD: TableDef = {
  logicalName: 'lead',
  entitySetName: 'leads',
  primaryIdAttribute: 'leadid',
  primaryNameAttribute: 'fullname',
  columns: [
    { name: 'leadid', type: 'uniqueidentifier' },
    { name: 'subject', type: 'string', maxLength: 300 },
    { name: 'firstname', type: 'string', maxLength: 50 },
    { name: 'lastname', type: 'string', maxLength: 50 },
    { name: 'fullname', type: 'string', maxLength: 160 },
    { name: 'emailaddress1', type: 'string', maxLength: 100 },
    { name: 'companyname', type: 'string', maxLength: 100 },
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
    { name: 'numberofemployees', type: 'integer', min: 0, max: 1000000 },
    { name: 'budgetamount', type: 'money' },
    { name: 'parentcontactid', type: 'lookup', targets: ['contact'] },
    { name: 'parentaccountid', type: 'lookup', targets: ['account'] },
    { name: 'donotbulkemail', type: 'boolean', options: { 0: 'Allow', 1: 'Do Not Allow' } },
    { name: 'statecode', type: 'state', options: { 0: 'Open', 1: 'Qualified', 2: 'Disqualified' } },
    { name: 'statuscode', type: 'status', options: { 1: 'New', 2: 'Contacted', 3: 'Qualified', 4: 'Lost' } },
    { name: 'createdon', type: 'datetime' },
    ...LEAD_CUSTOM_COLUMNS,
  ],
  navigation: [
    {
      name: 'parentcontactid',
      kind: 'single',
      target: 'contact',
      lookup: 'parentcontactid',
      relationship: 'lead_parent_contact',
    },
    {
      name: 'parentaccountid',
      kind: 'single',
      target: 'account',
      lookup: 'parentaccountid',
      relationship: 'lead_parent_account',
    },
    ...CUSTOM_NAVIGATION.lead,
  ],
};

const CONTACT: TableDef = {
  logicalName: 'contact',
  entitySetName: 'contacts',
  primaryIdAttribute: 'contactid',
  primaryNameAttribute: 'fullname',
  columns: [
    { name: 'contactid', type: 'uniqueidentifier' },
    { name: 'firstname', type: 'string', maxLength: 50 },
    { name: 'lastname', type: 'string', maxLength: 50 },
    { name: 'fullname', type: 'string', maxLength: 160 },
    { name: 'emailaddress1', type: 'string', maxLength: 100 },
    { name: 'jobtitle', type: 'string', maxLength: 100 },
    { name: 'accountrolecode', type: 'picklist', options: { 1: 'Decision Maker', 2: 'Employee', 3: 'Influencer' } },
    { name: 'donotbulkemail', type: 'boolean', options: { 0: 'Allow', 1: 'Do Not Allow' } },
    { name: 'marketingonly', type: 'boolean', options: { 0: 'No', 1: 'Yes' } },
    { name: 'parentcustomerid', type: 'customer', targets: ['account', 'contact'] },
    { name: 'annualincome', type: 'money' },
    { name: 'statecode', type: 'state', options: { 0: 'Active', 1: 'Inactive' } },
    { name: 'createdon', type: 'datetime' },
  ],
  navigation: [
    {
      name: 'parentcustomerid_account',
      kind: 'single',
      target: 'account',
      lookup: 'parentcustomerid',
      relationship: 'contact_customer_accounts',
    },
    {
      name: 'parentcustomerid_contact',
      kind: 'single',
      target: 'contact',
      lookup: 'parentcustomerid',
      relationship: 'contact_customer_contacts',
    },
    {
      name: 'lead_parent_contact',
      kind: 'collection',
      target: 'lead',
      lookup: 'parentcontactid',
      relationship: 'lead_parent_contact',
    },
    ...CUSTOM_NAVIGATION.contact,
  ],
};

const ACCOUNT: TableDef = {
  logicalName: 'account',
  entitySetName: 'accounts',
  primaryIdAttribute: 'accountid',
  primaryNameAttribute: 'name',
  columns: [
    { name: 'accountid', type: 'uniqueidentifier' },
    { name: 'name', type: 'string', maxLength: 160 },
    { name: 'numberofemployees', type: 'integer', min: 0, max: 1000000000 },
    { name: 'address1_city', type: 'string', maxLength: 80 },
    { name: 'revenue', type: 'money' },
    { name: 'primarycontactid', type: 'lookup', targets: ['contact'] },
    { name: 'createdon', type: 'datetime' },
  ],
  navigation: [
    {
      name: 'primarycontactid',
      kind: 'single',
      target: 'contact',
      lookup: 'primarycontactid',
      relationship: 'account_primary_contact',
    },
  ],
};

export function fixtureCatalog(): Catalog {
  return new Catalog([LEAD, CONTACT, ACCOUNT, INTERACTION_TABLE]);
}

/** Deterministic GUIDs, so expectations can name rows: guid(7) → 00000000-0000-4000-8000-000000000007. */
export function guid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function ref(logicalName: string, id: string): EntityRef {
  return { id, logicalName };
}

/** Inserts rows straight into a store, with the primary key set as the emulator's writes set it. */
export class Seeder {
  readonly store = new Store();
  readonly catalog = fixtureCatalog();
  #next = 1;

  insert(table: string, values: Readonly<Record<string, StoredValue>> = {}): string {
    const def = this.catalog.table(table);
    const id = guid(this.#next++);
    this.store.insert(table, id, { [def.primaryIdAttribute]: id, ...values });
    return id;
  }

  account(values: Readonly<Record<string, StoredValue>> = {}): string {
    return this.insert('account', values);
  }

  contact(values: Readonly<Record<string, StoredValue>> = {}): string {
    return this.insert('contact', values);
  }

  /** A lead, optionally under a parent contact. */
  lead(values: Readonly<Record<string, StoredValue>> = {}, parentContactId?: string): string {
    return this.insert('lead', {
      ...values,
      ...(parentContactId ? { parentcontactid: ref('contact', parentContactId) } : {}),
    });
  }
}

export function run(seed: Seeder, fetchXml: string, options?: FetchXmlOptions): FetchXmlResult {
  return runFetchXml(seed.store, seed.catalog, fetchXml, options);
}

/** The DataverseFault a call throws; fails the test when it throws nothing or something else. */
export function faultOf(call: () => unknown): DataverseFault {
  try {
    call();
  } catch (error) {
    if (error instanceof DataverseFault) return error;
    throw error;
  }
  throw new Error('expected a DataverseFault, but the call succeeded');
}
