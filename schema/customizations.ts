import { CUSTOM_NAVIGATION, INTERACTION_TABLE, LEAD_CUSTOM_COLUMNS } from './leadlink';
import type { TableDef } from './types';

/**
 * LeadLink's customizations as table declarations: new columns and navigation properties on Microsoft's tables, and
 * the new interaction table. Partial declarations (lead, contact) extend the existing tables when imported.
 */
export const LEADLINK_CUSTOMIZATIONS: readonly TableDef[] = [
  INTERACTION_TABLE,
  {
    logicalName: 'lead',
    entitySetName: 'leads',
    primaryIdAttribute: 'leadid',
    primaryNameAttribute: 'fullname',
    columns: LEAD_CUSTOM_COLUMNS,
    navigation: CUSTOM_NAVIGATION.lead,
  },
  {
    logicalName: 'contact',
    entitySetName: 'contacts',
    primaryIdAttribute: 'contactid',
    primaryNameAttribute: 'fullname',
    columns: [],
    navigation: CUSTOM_NAVIGATION.contact,
  },
];
