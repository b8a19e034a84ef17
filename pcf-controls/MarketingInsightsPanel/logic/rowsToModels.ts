/** Turns Web API rows into the panel's models. Columns of a linked table are read under their alias. */
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { CONTACT, LEAD, LEAD_STATE, lookupValueKey } from './dataverseNames';
import { decodeScoreReasons } from './decodeScoreReasons';
import { guidOrNull } from './guid';
import type { ContactSummary, InteractionItem, LeadState, LeadSummary } from './insightsModel';
import { CONTACT_ALIAS } from './queries';
import { aliased, readBoolean, readDate, readNumber, readText } from './readRow';
import type { WebApiRow } from './webApi';

function toLeadState(value: number | null): LeadState {
  switch (value) {
    case LEAD_STATE.open:
      return 'open';
    case LEAD_STATE.qualified:
      return 'qualified';
    case LEAD_STATE.disqualified:
      return 'disqualified';
    default:
      return 'unknown';
  }
}

/** A lead row; null when it has no usable id. `withReasons` decodes leadlink_scorereasons (detail queries only). */
export function toLeadSummary(row: WebApiRow, withReasons: boolean): LeadSummary | null {
  const id = guidOrNull(row[LEAD.id]);
  if (id === null) return null;
  return {
    id,
    name: readText(row, LEAD.name),
    topic: readText(row, LEAD.topic),
    state: toLeadState(readNumber(row, LEAD.state)),
    score: readNumber(row, LEAD_SCORE_COLUMNS.score),
    grade: readText(row, LEAD_SCORE_COLUMNS.grade),
    salesReady: readBoolean(row, LEAD_SCORE_COLUMNS.salesReady) === true,
    scoredOn: readDate(row, LEAD_SCORE_COLUMNS.scoredOn),
    returnedToMarketing: readBoolean(row, LEAD_SCORE_COLUMNS.returnedToMarketing) === true,
    reasons: withReasons ? decodeScoreReasons(readText(row, LEAD_SCORE_COLUMNS.scoreReasons)) : null,
    contactId: guidOrNull(row[lookupValueKey(LEAD.parentContact)]),
    contactName: readText(row, aliased(CONTACT_ALIAS, CONTACT.name)),
  };
}

/**
 * A contact row, read directly (`alias` undefined) or from a link-entity under its alias. Null when the row carries
 * no contact (an outer link that matched nothing).
 */
export function toContactSummary(row: WebApiRow, alias?: string): ContactSummary | null {
  const key = (column: string): string => (alias === undefined ? column : aliased(alias, column));
  const id = guidOrNull(row[key(CONTACT.id)]);
  if (id === null) return null;
  return {
    id,
    name: readText(row, key(CONTACT.name)),
    email: readText(row, key(CONTACT.email)),
    marketingOnly: readBoolean(row, key(CONTACT.marketingOnly)),
    preferences: {
      doNotBulkEmail: readBoolean(row, key(CONTACT.doNotBulkEmail)),
      doNotEmail: readBoolean(row, key(CONTACT.doNotEmail)),
      disableWebTracking: readBoolean(row, key(CONTACT.disableWebTracking)),
      isMinor: readBoolean(row, key(CONTACT.isMinor)),
      isMinorWithParentalConsent: readBoolean(row, key(CONTACT.isMinorWithParentalConsent)),
    },
  };
}

export function toInteractionItem(row: WebApiRow): InteractionItem | null {
  const id = guidOrNull(row[INTERACTION.id]);
  if (id === null) return null;
  return {
    id,
    type: readNumber(row, INTERACTION.type),
    occurredOn: readDate(row, INTERACTION.occurredOn),
    subject: readText(row, INTERACTION.subject),
    url: readText(row, INTERACTION.url),
    campaign: readText(row, INTERACTION.campaign),
    contactId: guidOrNull(row[lookupValueKey(INTERACTION.contact)]),
    contactName: readText(row, aliased(CONTACT_ALIAS, CONTACT.name)),
  };
}

export function compact<T>(items: readonly (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}
