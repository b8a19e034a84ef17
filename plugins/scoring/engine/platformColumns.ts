/**
 * Microsoft's lead and contact columns the scoring code reads or writes. Names appear here once; the lead engineer
 * may move them into schema/ when other parts need them.
 * Lead: https://learn.microsoft.com/dynamics365/customer-engagement/developer/entities/lead
 * (leadqualitycode "Rating": 1 Hot, 2 Warm, 3 Cold; parentcontactid, parentaccountid lookups).
 * Contact: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact
 */
import { INTERACTION } from '../../../schema/leadlink';

/** The Web API returns a lookup's GUID as `_<lookup>_value`. */
export const lookupValue = <T extends string>(lookup: T): `_${T}_value` => `_${lookup}_value`;

export const LEAD_COLUMNS = {
  id: 'leadid',
  parentContactValue: lookupValue('parentcontactid'),
  parentAccountValue: lookupValue('parentaccountid'),
  rating: 'leadqualitycode',
} as const;

export const LEAD_RATING = { hot: 1, warm: 2, cold: 3 } as const;
export type LeadRating = (typeof LEAD_RATING)[keyof typeof LEAD_RATING];

export const CONTACT_COLUMNS = { id: 'contactid' } as const;

export const INTERACTION_CONTACT_VALUE = lookupValue(INTERACTION.contact);
