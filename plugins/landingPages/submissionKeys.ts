/**
 * What makes a submission idempotent: the form-submitted interaction it records carries the submission id as its
 * source id (the table's alternate key), and a lead created for it gets a UUID v5 of the same id, created
 * create-only — a repeat, a retry after a crash or a concurrent twin finds the first one's records.
 */
import { v5 as uuidv5 } from 'uuid';

/** LeadLink's UUID v5 namespace for leads made from landing-page submissions. Never change it. */
export const LANDING_PAGE_LEAD_NAMESPACE = '2d7f4e9a-1b3c-4a5d-8e6f-7a9b0c1d2e3f';
const SOURCE_PREFIX = 'landing-page:';

export function submissionSourceId(submissionId: string): string {
  return `${SOURCE_PREFIX}${submissionId}`;
}

/** Source ids compare case-insensitively in Dataverse, so the id is derived from the lower-cased submission id. */
export function submissionLeadId(submissionId: string): string {
  return uuidv5(`${SOURCE_PREFIX}${submissionId.toLowerCase()}`, LANDING_PAGE_LEAD_NAMESPACE);
}
