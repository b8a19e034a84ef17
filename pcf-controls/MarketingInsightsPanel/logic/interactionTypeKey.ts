/** The resx key for each interaction type (leadlink_type), so the panel names types in the user's language. */
import { INTERACTION_TYPE, type InteractionTypeName } from '../../../schema/leadlink';
import type { StringKey } from './strings';

const KEYS: Readonly<Record<InteractionTypeName, StringKey>> = {
  emailOpened: 'Type_EmailOpened',
  emailClicked: 'Type_EmailClicked',
  websiteVisited: 'Type_WebsiteVisited',
  formSubmitted: 'Type_FormSubmitted',
  eventRegistered: 'Type_EventRegistered',
  eventCheckedIn: 'Type_EventCheckedIn',
  unsubscribed: 'Type_Unsubscribed',
};

const BY_VALUE = new Map<number, StringKey>(
  (Object.keys(INTERACTION_TYPE) as InteractionTypeName[]).map((name) => [INTERACTION_TYPE[name], KEYS[name]]),
);

export function interactionTypeKey(type: number | null): StringKey {
  return (type === null ? undefined : BY_VALUE.get(type)) ?? 'Type_Other';
}
