import { ACTIVE_STATE, CONTACT, DO_NOT_PREFERENCE_COLUMNS } from '../../schema/names';

/**
 * A contact as identity decisions read it: whether it is active, where Merge sent it (masterid), and its opt-outs.
 * Web API names; lookups arrive as `_<name>_value` GUIDs.
 */
export interface IdentityContact {
  readonly contactid: string;
  readonly statecode?: number | null;
  readonly _masterid_value?: string | null;
  readonly [column: string]: unknown;
}

/** The `$select` that reads an IdentityContact. */
export const IDENTITY_CONTACT_SELECT: readonly string[] = [
  CONTACT.id,
  CONTACT.state,
  CONTACT.masterValue,
  ...DO_NOT_PREFERENCE_COLUMNS,
];

/**
 * The condition every contact query that looks for a match carries: active contacts only. A deactivated or merged
 * contact is never a match — Customer Insights – Journeys does not market to inactive contacts — so a lead must never
 * be linked to one (a merged contact's leads were moved to its master).
 */
export const ACTIVE_CONTACT_FILTER = `${CONTACT.state} eq ${ACTIVE_STATE}`;

/** Whether a contact row read with statecode is active (statecode 0). */
export function isActiveContact(row: Readonly<Record<string, unknown>>): boolean {
  return row[CONTACT.state] === ACTIVE_STATE;
}
