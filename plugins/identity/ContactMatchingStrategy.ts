import type { QueryOptions } from '../../dataverse';
import type { LeadRow } from './LeadRow';

/** A contact row as a strategy's candidate query returns it (Web API names; the query's `$select` decides the rest). */
export interface ContactCandidate {
  readonly contactid: string;
  readonly [column: string]: unknown;
}

/**
 * One rule for finding the existing contact a lead belongs to. Strategies are pure: they say what to query and choose
 * among the rows; the caller runs the query (the webhook inside its read batch, the sweep once for a page of leads).
 */
export interface ContactMatchingStrategy {
  /** A stable name, for logs and results. */
  readonly name: string;
  /** The key this strategy matches a lead by (e.g. its normalized e-mail), or undefined when it cannot match it. */
  keyOf(lead: LeadRow): string | undefined;
  /** One query on contacts for the active candidates of all these keys. Throws on an empty list. */
  candidateQuery(keys: readonly string[]): QueryOptions;
  /** The contact the lead links to, among candidates that may belong to other keys; undefined when none matches. */
  choose(lead: LeadRow, candidates: readonly ContactCandidate[]): ContactCandidate | undefined;
}
