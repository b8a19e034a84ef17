/** Rescoring leads against Dataverse: read in few requests, score with the engine, write only what changed. */
export { loadScoringModel, scoringModelReader, type ScoringModelServices } from './loadScoringModel';
export { rescoreContacts } from './rescoreContacts';
export { rescoreAll, type RescoreAllOptions, type RescoreAllResult } from './rescoreAll';
export { RescoreInputError } from './errors/RescoreInputError';
export { scheduledRescore } from './scheduledRescore';
export { rescoreLoadedLeads } from './rescoreLoadedLeads';
export { readOpenLeadsOfContacts } from './load/readLeads';
export type { LeadForScoring } from './load/LeadForScoring';
export type { RescoreContext } from './RescoreContext';
export {
  addSummaries,
  describeFailure,
  EMPTY_SUMMARY,
  type RescoreFailure,
  type RescoreSummary,
} from './RescoreSummary';
export { salesReadyTaskId, SALES_READY_TASK_NAMESPACE } from './score/buildSalesReadyTask';
export { scoreLeads } from './score/scoreLeads';
export { createRecords, updateRecords, MAX_BULK_RECORDS } from './bulk/writeRecords';
export type { BulkTable } from './bulk/BulkTable';
export type { WriteOutcome } from './bulk/WriteOutcome';
export { isDuplicateKey } from './bulk/isDuplicateKey';
