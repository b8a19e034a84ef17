import { ADDRESS_COLUMNS, DO_NOT_PREFERENCE_COLUMNS, LEAD, PERSON_COLUMNS } from '../../schema/names';

/**
 * A lead as the Web API returns it with LEAD_IDENTITY_SELECT: what linking it to a contact needs (state, link,
 * e-mail) and everything contactFromLead copies. Lookups arrive as `_<name>_value` GUIDs.
 */
export interface LeadRow {
  readonly leadid: string;
  readonly '@odata.etag'?: string;
  readonly statecode?: number | null;
  readonly emailaddress1?: string | null;
  readonly _parentcontactid_value?: string | null;
  readonly _parentaccountid_value?: string | null;
  readonly [column: string]: unknown;
}

/** The `$select` that reads a LeadRow: every column the identity module looks at, and nothing else. */
export const LEAD_IDENTITY_SELECT: readonly string[] = [
  LEAD.id,
  LEAD.state,
  LEAD.email,
  LEAD.parentContactValue,
  LEAD.parentAccountValue,
  ...PERSON_COLUMNS,
  ...ADDRESS_COLUMNS,
  ...DO_NOT_PREFERENCE_COLUMNS,
  LEAD.followEmail,
];
