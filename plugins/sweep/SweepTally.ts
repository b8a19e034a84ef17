import type { ResolvedSweepOptions, SweepProgress } from './SweepOptions';
import { partitionLabel } from './partition';
import type { SweepFailure } from './SweepFailure';
import type { SweepSummary } from './SweepSummary';

/** The counts of a run in progress; `summary` freezes them. */
export class SweepTally {
  switchOn: boolean | undefined;
  linkingSkipped: string | undefined;
  scanned = 0;
  matched = 0;
  created = 0;
  linked = 0;
  leftAlone = 0;
  retryLater = 0;
  qualifiedScanned = 0;
  flagsCleared = 0;
  optOutLeadsScanned = 0;
  optOutsApplied = 0;
  interrupted = false;
  /** Leads deferred by webhooks before the run: undefined when none were. */
  deferredWaiting: number | undefined;
  deferredLinked = 0;
  readonly failed: SweepFailure[] = [];

  constructor(private readonly options: ResolvedSweepOptions) {}

  progress(phase: SweepProgress['phase']): SweepProgress {
    return {
      phase,
      scanned: phase === 'link' ? this.scanned : phase === 'flags' ? this.qualifiedScanned : this.optOutLeadsScanned,
      linked: this.linked,
      created: this.created,
      flagsCleared: this.flagsCleared,
      failed: this.failed.length,
    };
  }

  summary(seconds: number): SweepSummary {
    return {
      dryRun: this.options.dryRun,
      partition: partitionLabel(this.options.partition),
      switchOn: this.switchOn,
      forced: this.options.forceOn && this.switchOn !== true,
      ...(this.linkingSkipped !== undefined ? { linkingSkipped: this.linkingSkipped } : {}),
      scanned: this.scanned,
      matched: this.matched,
      created: this.created,
      linked: this.linked,
      leftAlone: this.leftAlone,
      retryLater: this.retryLater,
      qualifiedScanned: this.qualifiedScanned,
      flagsCleared: this.flagsCleared,
      optOutLeadsScanned: this.optOutLeadsScanned,
      optOutsApplied: this.optOutsApplied,
      failed: [...this.failed],
      ...(this.deferredWaiting !== undefined
        ? { deferred: { waiting: this.deferredWaiting, linked: this.deferredLinked } }
        : {}),
      interrupted: this.interrupted,
      seconds: Math.round(seconds * 1000) / 1000,
    };
  }
}
