/**
 * The tables the fake Web API serves, with their columns, so a query for a column that does not exist fails the way
 * Dataverse fails it instead of quietly returning nothing. LeadLink's columns come from schema/leadlink.ts.
 */
import { INTERACTION_TABLE, LEAD_CUSTOM_COLUMNS } from '../../../schema/leadlink';
import { CONTACT, LEAD, STATE_CODE } from '../../../pcf-controls/MarketingInsightsPanel/logic/dataverseNames';

export interface FakeTable {
  readonly primaryId: string;
  readonly columns: ReadonlySet<string>;
  /** Lookup columns: stored as the target id, returned by the Web API as `_<column>_value`. */
  readonly lookups: ReadonlySet<string>;
}

export const FAKE_TABLES: Readonly<Record<string, FakeTable>> = {
  lead: {
    primaryId: LEAD.id,
    columns: new Set([
      LEAD.id,
      LEAD.name,
      LEAD.topic,
      LEAD.state,
      LEAD.parentContact,
      LEAD.parentAccount,
      ...LEAD_CUSTOM_COLUMNS.map((column) => column.name),
    ]),
    lookups: new Set([LEAD.parentContact, LEAD.parentAccount]),
  },
  contact: {
    primaryId: CONTACT.id,
    columns: new Set([
      CONTACT.id,
      CONTACT.name,
      CONTACT.email,
      STATE_CODE,
      CONTACT.parentCustomer,
      CONTACT.marketingOnly,
      CONTACT.doNotBulkEmail,
      CONTACT.doNotEmail,
      CONTACT.disableWebTracking,
      CONTACT.isMinor,
      CONTACT.isMinorWithParentalConsent,
    ]),
    lookups: new Set([CONTACT.parentCustomer]),
  },
  [INTERACTION_TABLE.logicalName]: {
    primaryId: INTERACTION_TABLE.primaryIdAttribute,
    columns: new Set(INTERACTION_TABLE.columns.map((column) => column.name)),
    lookups: new Set(
      INTERACTION_TABLE.columns.filter((column) => column.type === 'lookup').map((column) => column.name),
    ),
  },
};

export type FakeValue = string | number | boolean | null;
export type FakeRecord = Readonly<Record<string, FakeValue>>;
export type FakeDatabase = Readonly<Record<string, readonly FakeRecord[]>>;
