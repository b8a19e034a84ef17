/**
 * Field lengths a submission must fit: the lead columns it fills (lead table reference: subject 300, firstname and
 * lastname 50, jobtitle and companyname 100, emailaddress1 100, telephone1 50) and the interaction's URL (2,000).
 */
export const SUBMISSION_MAX_LENGTH = {
  submissionId: 150,
  email: 100,
  firstName: 50,
  lastName: 50,
  company: 100,
  jobTitle: 100,
  phone: 50,
  topic: 300,
  pageId: 100,
  pageUrl: 2000,
} as const;

/** A submission body larger than this is not a form post. */
export const MAX_SUBMISSION_BYTES = 64 * 1024;
/** contact-and-topic looks for a lead of the same topic created at most this many days ago. */
export const TOPIC_MATCH_WINDOW_DAYS = 90;
/** Clocks differ a little; a submission dated further in the future is a mistake. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
