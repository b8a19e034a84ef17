/** What scoring a lead produces. */
import type { LeadRating } from './platformColumns';

export interface ScoreReason {
  readonly ruleId: string;
  /** The rule's label in the model's first language. */
  readonly label: string;
  /** The rule's label in the model's other languages, by LCID (absent when it has none); the panel shows the user's, else `label`. */
  readonly translations?: Readonly<Record<string, string>>;
  /** The rule's contribution after decay and cap, rounded half away from zero to a whole number. */
  readonly points: number;
  /** Behaviour rules: how many interactions matched (also for `once` rules, which score once); field rules: 1. */
  readonly count: number;
  /** How many of those came from other contacts of the lead's account (account-based scoring). */
  readonly accountCount: number;
  /** The latest matching interaction (ISO-8601 UTC); null for field rules. */
  readonly lastOccurredOn: string | null;
}

export interface ScoreResult {
  /** A whole number, never below 0. */
  readonly score: number;
  readonly grade: string;
  /** Sticky: stays true below the threshold once reached, until sales returns the lead (see decideSalesReady). */
  readonly salesReady: boolean;
  /** Sorted by points (highest first), then rule id. */
  readonly reasons: readonly ScoreReason[];
  /** score ≥ the model's salesReadyScore. */
  readonly reachedThreshold: boolean;
  /** The model's sales-ready score, stored with the reasons so the panel can show the score against it. */
  readonly salesReadyScore: number;
  /** The lead is handed to sales by this scoring: the moment to create the optional task. */
  readonly becameSalesReady: boolean;
  /** The lead's returned-to-marketing flag and baseline after this scoring. */
  readonly returnedToMarketing: boolean;
  readonly returnedAtScore: number | null;
  /** The Rating (leadqualitycode) to write, or null when the model does not map grades onto it. */
  readonly rating: LeadRating | null;
  /** `now`, as ISO-8601 UTC: the value for leadlink_scoredon. */
  readonly scoredOn: string;
}
