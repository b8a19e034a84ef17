import type { TableDef } from '../../schema/types';

/**
 * Columns a customer added to contact in their own environment (not LeadLink's): a choice with its own labels, a
 * text, and one hidden by field security. Loaded into an emulator as its customizations.
 */
export const CUSTOMER_CONTACT_COLUMNS: TableDef = {
  logicalName: 'contact',
  entitySetName: 'contacts',
  primaryIdAttribute: 'contactid',
  primaryNameAttribute: 'fullname',
  columns: [
    { name: 'cr8a1_favouritecolour', type: 'picklist', options: { 100000000: 'Red', 100000001: 'Green' } },
    { name: 'cr8a1_loyaltytier', type: 'string', maxLength: 40 },
    { name: 'cr8a1_secretnotes', type: 'memo', maxLength: 2000, validForRead: false },
  ],
  navigation: [],
};
