import type { SweepFailure } from './SweepFailure';

/** What a run did — or, in a dry run, would do. */
export interface SweepSummary {
  readonly dryRun: boolean;
  /** `i/n`. */
  readonly partition: string;
  /** leadlink_OrphanLeadContactCreation as read; undefined when it could not be read (and --force-on went ahead). */
  readonly switchOn: boolean | undefined;
  /** Orphan leads were linked although the switch is off. */
  readonly forced: boolean;
  /** Why orphan leads were not linked this run, when they were not. */
  readonly linkingSkipped?: string;
  /** Orphan leads read. */
  readonly scanned: number;
  /** Leads linked to a contact that existed before (matched, or made earlier for the same identity). */
  readonly matched: number;
  /** Marketing-only contacts created. */
  readonly created: number;
  /** Leads given a parent contact (matched ones included). */
  readonly linked: number;
  /** Leads that got a parent contact or were closed by someone else while the run was at them: not written. */
  readonly leftAlone: number;
  /** Leads that changed under every attempt; the next sweep takes them. */
  readonly retryLater: number;
  /** Qualified leads read whose parent contact was still marketing-only. */
  readonly qualifiedScanned: number;
  /** Contacts whose marketingonly was cleared because their lead is qualified. */
  readonly flagsCleared: number;
  /** Leads read whose parent contact allowed something the lead opts out of. */
  readonly optOutLeadsScanned: number;
  /**
   * Contacts given a lead's opt-outs they still allowed, on linking and in the repair of earlier links: the strictest
   * wins, nothing is loosened; the one change LeadLink makes to an existing contact.
   */
  readonly optOutsApplied: number;
  readonly failed: readonly SweepFailure[];
  /** When webhooks had deferred leads to the sweep: how many were waiting when the run began, and how many it linked. */
  readonly deferred?: { readonly waiting: number; readonly linked: number };
  /** Stopped on request before the end; running again finishes the work. */
  readonly interrupted: boolean;
  readonly seconds: number;
}
