/**
 * The scoring model: what earns a lead points, how points become a grade, and when a lead is sales-ready.
 * It mirrors the outbound Marketing model (behaviour and fixed/field rules, "each" vs "at least once" frequency, a
 * date range, grades as continuous non-overlapping ranges, one sales-ready score; see "Score and manage leads",
 * MicrosoftDocs/dynamics-365-customer-engagement, ce/marketing/score-manage-leads.md). Admins write it as JSON in a
 * web resource (see plugins/scoringModel).
 */
import { INTERACTION_TYPE, type InteractionTypeName } from '../../../schema/leadlink';

export const INTERACTION_TYPE_NAMES = Object.keys(INTERACTION_TYPE) as readonly InteractionTypeName[];

/** `each`: every matching interaction earns the points; `once`: the rule scores once however many match. */
export const FREQUENCIES = ['each', 'once'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FIELD_RULE_ENTITIES = ['lead', 'contact', 'account'] as const;
export type FieldRuleEntity = (typeof FIELD_RULE_ENTITIES)[number];

export const FIELD_OPERATORS = ['eq', 'ne', 'in', 'contains', 'notnull', 'null', 'gt', 'lt'] as const;
export type FieldOperator = (typeof FIELD_OPERATORS)[number];

/** The standard lead Rating a grade maps onto when `mapGradeToRating` is on. */
export const RATING_NAMES = ['hot', 'warm', 'cold'] as const;
export type RatingName = (typeof RATING_NAMES)[number];

export type FieldValue = string | number | boolean;

/**
 * What a salesperson reads for a rule, per language: `{"1033": "Attended an event", "1028": "參加了活動"}`, keyed by
 * the LCID Dataverse gives the user's language (1033 English, 1028 Traditional Chinese, 1066 Vietnamese…). A plain
 * text is the label in the model's first language — how labels were written before they had languages.
 */
export type RuleLabel = string | Readonly<Record<string, string>>;

export interface BehaviourRule {
  readonly id: string;
  readonly label: RuleLabel;
  readonly interactionType: InteractionTypeName;
  /** Case-insensitive; with `*` a glob over the whole URL (`*` = any run of characters), else a substring. */
  readonly url?: string;
  /** Matched against the interaction's campaign/topic the same way as `url`. */
  readonly campaign?: string;
  /** An integer; negative points lower the score. */
  readonly points: number;
  readonly frequency: Frequency;
  /** Only interactions at most this many days old count. */
  readonly withinDays?: number;
  /** Caps the size of the rule's total: at most +maxPoints, or at least −maxPoints for a negative rule. */
  readonly maxPoints?: number;
}

export interface FieldRule {
  readonly id: string;
  readonly label: RuleLabel;
  readonly entity: FieldRuleEntity;
  /** The column's logical name as the Web API returns it (lookups as `_name_value`). */
  readonly column: string;
  readonly operator: FieldOperator;
  /** A scalar for eq/ne/contains/gt/lt, a list for in, absent for null/notnull. */
  readonly value?: FieldValue | readonly FieldValue[];
  readonly points: number;
}

export interface Grade {
  readonly name: string;
  /** Inclusive. */
  readonly min: number;
  /** Inclusive; only the highest grade leaves it out (open-ended). */
  readonly max?: number;
  /** The Rating this grade maps onto; defaults from the name when it is Hot, Warm or Cold. */
  readonly rating?: RatingName;
}

export interface ScoringModel {
  readonly description?: string;
  /** The LCIDs the labels are written in; the first is the one shown when the user's language has no label. */
  readonly languages: readonly number[];
  readonly rules: readonly BehaviourRule[];
  readonly fieldRules: readonly FieldRule[];
  readonly grades: readonly Grade[];
  /** A lead whose score reaches this value (inclusive) is sales-ready. */
  readonly salesReadyScore: number;
  /** Each interaction's points fade as points × 0.5^(ageDays / halfLifeDays). Field rules do not decay. */
  readonly decay?: { readonly halfLifeDays: number };
  /** Interactions of the other contacts of the lead's account count too. */
  readonly accountBased: boolean;
  /** A lead sales returned to marketing must earn this many points above its score at return. */
  readonly returnToMarketing: { readonly requiredNewPoints: number };
  /** Also write the grade onto the standard Rating (leadqualitycode). */
  readonly mapGradeToRating: boolean;
  /** Create one task for the owner when a lead becomes sales-ready (done by the caller; see ScoreResult). */
  readonly createTaskWhenSalesReady: boolean;
}
