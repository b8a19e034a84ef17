// The sweep: capability 2 (backfill and safety net) for the CLI `leadlink backfill` and the timer function.
export { countOrphanLeads } from './countOrphanLeads';
export { describeSweep } from './describeSweep';
export { SweepInterruptedError } from './errors/SweepInterruptedError';
export { SweepStoppedError } from './errors/SweepStoppedError';
export {
  MAX_PARTITIONS,
  parsePartition,
  partitionBounds,
  partitionFilter,
  partitionLabel,
  WHOLE,
  type Partition,
  type PartitionBounds,
} from './partition';
export { runSweep } from './runSweep';
export type { SweepClient } from './SweepClient';
export type { SweepFailure, SweepStep } from './SweepFailure';
export {
  MAX_CONCURRENCY,
  MAX_PAGE_SIZE,
  type DeferredLeads,
  type SweepOptions,
  type SweepProgress,
} from './SweepOptions';
export { linkLeads, type LeadOutcome, type LinkContext, type LinkRounds } from './linkLeads';
export type { LeadPlan } from './planLinks';
export { matchQueries, matchReadsFrom, rowsOfResult, type MatchQuery, type PrefetchedReads } from './readMatches';
export { RequestGate } from './RequestGate';
export { clearFlags } from './clearFlags';
export type { UpdateOutcome } from './updateContacts';
export { BulkMessages } from './BulkMessages';
export type { WriteContext } from './WriteContext';
export type { SweepSummary } from './SweepSummary';
