/**
 * A segment: contacts chosen through their leads' fields, optionally narrowed by their own and their parent account's
 * fields, minus the contacts whose preferences or state rule them out (the exclusions).
 *
 * Two shapes: SegmentDefinitionJson is what a person writes (a JSON file, or flags); SegmentDefinition is what
 * parseSegmentDefinition returns after checking it against the tables' metadata, with every value already in the form
 * FetchXML expects ("1" for true, option values as integers, dates as ISO strings).
 */
import type { SegmentOperator } from './operators';

/** Scalar values as written; a list for `in`, `between`, `contain-values`. */
export type SegmentValueJson = string | number | boolean | readonly (string | number | boolean)[];

export interface SegmentConditionJson {
  readonly column: string;
  readonly operator: string;
  readonly value?: SegmentValueJson;
}

export interface SegmentGroupJson {
  /** `and` (the default) or `or`. */
  readonly type?: 'and' | 'or';
  readonly conditions: readonly (SegmentConditionJson | SegmentGroupJson)[];
}

/** The exclusions a definition may switch off: `true` lets those contacts into the segment. */
export interface SegmentIncludeJson {
  readonly inactiveContacts?: boolean;
  readonly doNotBulkEmail?: boolean;
  readonly doNotEmail?: boolean;
  readonly minorsWithoutConsent?: boolean;
}

export interface SegmentDefinitionJson {
  readonly name?: string;
  readonly description?: string;
  /** Conditions on the contact's leads; a contact qualifies when at least one of its leads matches them all. */
  readonly lead: SegmentGroupJson;
  readonly contact?: SegmentGroupJson;
  /** Conditions on the contact's parent account (contact.parentcustomerid pointing at an account). */
  readonly account?: SegmentGroupJson;
  readonly include?: SegmentIncludeJson;
}

export type ExclusionId = keyof SegmentIncludeJson;
export const EXCLUSION_IDS: readonly ExclusionId[] = [
  'inactiveContacts',
  'doNotBulkEmail',
  'doNotEmail',
  'minorsWithoutConsent',
];

export interface SegmentCondition {
  readonly kind: 'condition';
  readonly column: string;
  readonly operator: SegmentOperator;
  /** FetchXML-ready values: none, one, two (between) or a list (in), as the operator's arity says. */
  readonly values: readonly string[];
}

export interface SegmentGroup {
  readonly kind: 'group';
  readonly type: 'and' | 'or';
  readonly conditions: readonly (SegmentCondition | SegmentGroup)[];
}

export interface SegmentDefinition {
  readonly name?: string;
  readonly description?: string;
  readonly lead: SegmentGroup;
  readonly contact?: SegmentGroup;
  readonly account?: SegmentGroup;
  /** For each exclusion, whether its contacts are let in (true) or kept out (false, the default). */
  readonly include: Readonly<Record<ExclusionId, boolean>>;
}
