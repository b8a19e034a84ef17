/** Landing-page submissions: find or create the contact, match or create the lead, record it once, rescore. */
export { receiveSubmission, type SubmissionOutcome, type SubmissionServices } from './receiveSubmission';
export { validateSubmission } from './validateSubmission';
export { SubmissionError } from './errors/SubmissionError';
export { SettingError } from './errors/SettingError';
export { submissionLeadId, submissionSourceId, LANDING_PAGE_LEAD_NAMESPACE } from './submissionKeys';
export { OPT_OUTS, SUBMISSION_FIELDS, type OptOut, type Submission } from './Submission';
export { OPT_OUT_COLUMNS } from './optOutColumns';
export { MAX_SUBMISSION_BYTES, TOPIC_MATCH_WINDOW_DAYS } from './limits';
