import type { TableDef } from '../../../schema/types';
import { Catalog } from '../../../emulator/metadata/catalog';
import { Store } from '../../../emulator/store/Store';
import type { EntityRef, RowValues, StoredRow } from '../../../emulator/store/values';
import type { QueryPaging, QueryResult } from '../../../emulator/odata';
import { parseQueryOptions, runQuery } from '../../../emulator/odata';

/**
 * Small declarations of lead, contact, account and serviceendpoint for the query-engine tests, with the column and
 * navigation names of Microsoft's table references (lead/contact/account EntityType pages): lookups
 * parentcontactid, parentaccountid, primarycontactid, parentcustomerid (customer), and the collection
 * lead_parent_contact on contact.
 */
export const LEAD: TableDef = {
  logicalName: 'lead',
  entitySetName: 'leads',
  primaryIdAttribute: 'leadid',
  primaryNameAttribute: 'fullname',
  columns: [
    { name: 'leadid', type: 'uniqueidentifier' },
    { name: 'subject', type: 'string', maxLength: 300 },
    { name: 'fullname', type: 'string', maxLength: 160 },
    { name: 'lastname', type: 'string', maxLength: 50 },
    { name: 'emailaddress1', type: 'string', maxLength: 100 },
    { name: 'companyname', type: 'string', maxLength: 100 },
    { name: 'parentcontactid', type: 'lookup', targets: ['contact'] },
    { name: 'parentaccountid', type: 'lookup', targets: ['account'] },
    { name: 'statecode', type: 'state', options: { 0: 'Open', 1: 'Qualified', 2: 'Disqualified' } },
    { name: 'leadqualitycode', type: 'picklist', options: { 1: 'Hot', 2: 'Warm', 3: 'Cold' } },
    { name: 'revenue', type: 'money' },
    { name: 'numberofemployees', type: 'integer' },
    { name: 'donotemail', type: 'boolean', options: { 0: 'Allow', 1: 'Do Not Allow' } },
    { name: 'createdon', type: 'datetime', validForCreate: false, validForUpdate: false },
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
  ],
};

export const CONTACT: TableDef = {
  logicalName: 'contact',
  entitySetName: 'contacts',
  primaryIdAttribute: 'contactid',
  primaryNameAttribute: 'fullname',
  columns: [
    { name: 'contactid', type: 'uniqueidentifier' },
    { name: 'fullname', type: 'string', maxLength: 160 },
    { name: 'lastname', type: 'string', maxLength: 50 },
    { name: 'emailaddress1', type: 'string', maxLength: 100 },
    { name: 'accountrolecode', type: 'picklist', options: { 1: 'Decision Maker', 2: 'Employee', 3: 'Influencer' } },
    { name: 'marketingonly', type: 'boolean', options: { 0: 'No', 1: 'Yes' } },
    { name: 'annualincome', type: 'money' },
    { name: 'birthdate', type: 'datetime' },
    { name: 'parentcustomerid', type: 'customer', targets: ['account', 'contact'] },
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
  ],
};

export const ACCOUNT: TableDef = {
  logicalName: 'account',
  entitySetName: 'accounts',
  primaryIdAttribute: 'accountid',
  primaryNameAttribute: 'name',
  columns: [
    { name: 'accountid', type: 'uniqueidentifier' },
    { name: 'name', type: 'string', maxLength: 160 },
    { name: 'revenue', type: 'money' },
    { name: 'primarycontactid', type: 'lookup', targets: ['contact'] },
  ],
  navigation: [
    {
      name: 'primarycontactid',
      kind: 'single',
      target: 'contact',
      lookup: 'primarycontactid',
      relationship: 'account_primary_contact',
    },
    {
      name: 'lead_parent_account',
      kind: 'collection',
      target: 'lead',
      lookup: 'parentaccountid',
      relationship: 'lead_parent_account',
    },
    {
      name: 'contact_customer_accounts',
      kind: 'collection',
      target: 'contact',
      lookup: 'parentcustomerid',
      relationship: 'contact_customer_accounts',
    },
  ],
};

/** authvalue "cannot be retrieved" (IsValidForRead False): platform-facts note §1.3. */
export const SERVICE_ENDPOINT: TableDef = {
  logicalName: 'serviceendpoint',
  entitySetName: 'serviceendpoints',
  primaryIdAttribute: 'serviceendpointid',
  primaryNameAttribute: 'name',
  columns: [
    { name: 'serviceendpointid', type: 'uniqueidentifier' },
    { name: 'name', type: 'string', maxLength: 256 },
    { name: 'url', type: 'string', maxLength: 2000 },
    { name: 'contract', type: 'picklist', options: { 8: 'Webhook' } },
    { name: 'authvalue', type: 'string', maxLength: 2048, validForRead: false },
  ],
  navigation: [],
};

export function makeCatalog(): Catalog {
  return new Catalog([LEAD, CONTACT, ACCOUNT, SERVICE_ENDPOINT]);
}

/** A GUID whose string order is numeric order, so expected orders are easy to state. */
export function guid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function ref(logicalName: string, id: string): EntityRef {
  return { id, logicalName };
}

export interface World {
  readonly catalog: Catalog;
  readonly store: Store;
  insert(table: TableDef, id: string, values: RowValues): StoredRow;
  /** Parses `queryString` as the HTTP layer would and runs it. */
  query(table: TableDef, queryString: string, paging?: QueryPaging): QueryResult;
  /** The ids a query returns, in order. */
  ids(table: TableDef, queryString: string, paging?: QueryPaging): string[];
}

export function world(): World {
  const catalog = makeCatalog();
  const store = new Store();
  const query = (table: TableDef, queryString: string, paging?: QueryPaging) =>
    runQuery(store, catalog, table, parseQueryOptions(new URLSearchParams(queryString), table, catalog), paging);
  return {
    catalog,
    store,
    insert: (table, id, values) => store.insert(table.logicalName, id, { [table.primaryIdAttribute]: id, ...values }),
    query,
    ids: (table, queryString, paging) => query(table, queryString, paging).rows.map((r) => r.id),
  };
}

/** Encodes a filter the way a client puts it in a URL (URLSearchParams decodes it back). */
export function q(options: Record<string, string>): string {
  return Object.entries(options)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}
