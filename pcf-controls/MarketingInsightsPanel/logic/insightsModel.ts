/** What the panel shows, independent of the Web API's row shapes. Components receive these, never raw rows. */
import type { DecodedScoreReasons } from './decodeScoreReasons';

export type LeadState = 'open' | 'qualified' | 'disqualified' | 'unknown';

export interface LeadSummary {
  readonly id: string;
  readonly name: string | null;
  readonly topic: string | null;
  readonly state: LeadState;
  readonly score: number | null;
  readonly grade: string | null;
  readonly salesReady: boolean;
  /** Null when the lead has never been scored: the panel says so instead of showing 0. */
  readonly scoredOn: Date | null;
  readonly returnedToMarketing: boolean;
  /** Null in lists, which do not read the (large) reasons column. */
  readonly reasons: DecodedScoreReasons | null;
  readonly contactId: string | null;
  /** The parent contact's name, when the query linked it. */
  readonly contactName: string | null;
}

export interface ContactPreferences {
  /** donotbulkemail / donotemail: true means "do not allow". Null: the column did not come back. */
  readonly doNotBulkEmail: boolean | null;
  readonly doNotEmail: boolean | null;
  /** msdyn_disablewebtracking: true means the contact opted out of web tracking. */
  readonly disableWebTracking: boolean | null;
  readonly isMinor: boolean | null;
  readonly isMinorWithParentalConsent: boolean | null;
}

export interface ContactSummary {
  readonly id: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly marketingOnly: boolean | null;
  readonly preferences: ContactPreferences;
}

export interface InteractionItem {
  readonly id: string;
  /** The leadlink_type choice value (schema INTERACTION_TYPE), or null when absent. */
  readonly type: number | null;
  readonly occurredOn: Date | null;
  readonly subject: string | null;
  readonly url: string | null;
  readonly campaign: string | null;
  readonly contactId: string | null;
  /** Filled on the account form, where interactions of several contacts are listed together. */
  readonly contactName: string | null;
}

export interface InteractionTypeCount {
  readonly type: number | null;
  readonly last30Days: number;
  readonly last90Days: number;
}

export interface InteractionSummary {
  /** Newest first, at most the timeline size. */
  readonly latest: readonly InteractionItem[];
  /** One row per type seen in the last 90 days, in the schema's type order. */
  readonly counts: readonly InteractionTypeCount[];
  readonly total30Days: number;
  readonly total90Days: number;
  /** False when the query hit its row cap inside the 90-day window: the counts are then lower bounds. */
  readonly countsComplete: boolean;
  /** How many rows the counts are based on. */
  readonly rowsRead: number;
}

export interface RankedContact {
  readonly contact: ContactSummary;
  /** The highest score among the contact's leads; null when none of them is scored. */
  readonly bestScore: number | null;
  readonly leadCount: number;
}

export interface LeadInsights {
  readonly kind: 'lead';
  readonly lead: LeadSummary;
  readonly contact: ContactSummary | null;
  readonly interactions: InteractionSummary;
  /** The parent contact's other open leads, best score first. */
  readonly otherLeads: readonly LeadSummary[];
}

export interface ContactInsights {
  readonly kind: 'contact';
  readonly contact: ContactSummary;
  readonly leads: readonly LeadSummary[];
  readonly interactions: InteractionSummary;
}

export interface AccountInsights {
  readonly kind: 'account';
  readonly contacts: readonly RankedContact[];
  readonly leads: readonly LeadSummary[];
  readonly interactions: InteractionSummary;
}

export type Insights = LeadInsights | ContactInsights | AccountInsights;
