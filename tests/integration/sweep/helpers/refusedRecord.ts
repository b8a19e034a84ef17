/**
 * A lead whose contact Dataverse refuses, realistically: the environment's lead Job Title was lengthened to 200
 * characters (a text column's maximum can be raised), the contact's still holds 100 (Contact table reference:
 * MaxLength 100), and the lead's title is longer than that.
 */
import { LEADLINK_CUSTOMIZATIONS } from '../../../../schema/customizations';
import type { TableDef } from '../../../../schema/types';
import { LEAD } from '../../../../schema/names';

const LONGER_LEAD_TITLE: TableDef = {
  logicalName: LEAD.table,
  entitySetName: LEAD.set,
  primaryIdAttribute: LEAD.id,
  primaryNameAttribute: 'fullname',
  columns: [{ name: LEAD.jobTitle, type: 'string', maxLength: 200 }],
  navigation: [],
};

/** LeadLink's customizations, and the lengthened lead Job Title. */
export const WITH_LONGER_LEAD_TITLE: readonly TableDef[] = [...LEADLINK_CUSTOMIZATIONS, LONGER_LEAD_TITLE];

/** Fits the lengthened lead column, not the contact's. */
export const TITLE_TOO_LONG_FOR_CONTACT = 'Head of '.padEnd(150, 'x');
