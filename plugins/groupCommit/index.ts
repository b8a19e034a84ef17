// Group commit: events that arrive together in one process are handled together, with the bulk machinery.
export { systemClock, type Clock } from './Clock';
export { budgetedClient } from './budgetedClient';
export { throttledBeyondBudget, type Deferral, type Deferrals } from './Deferrals';
export { deferWhenThrottled } from './deferWhenThrottled';
export { GroupCommitter, type CommitGroup, type Settled } from './GroupCommitter';
export {
  DEFAULT_GROUP_COMMIT,
  GROUP_COMMIT_LIMITS,
  GROUP_COMMIT_SETTINGS,
  readGroupCommitSettings,
  type GroupCommitSettings,
} from './GroupCommitSettings';
export { burstGapMs, nextStep, type GroupState, type GroupStep } from './groupDecision';
export type { Grouping } from './Grouping';
export { clearQualifiedGroup } from './clearQualifiedGroup';
export { linkLeadGroup, type LinkRequest } from './linkLeadGroup';
export { rescoreGroup } from './rescoreGroup';
export { PluginGroups, type CommitRequests } from './PluginGroups';
