/**
 * A landing-page submission as `POST /api/landing-pages/submissions` accepts it (JSON, camelCase):
 * `{ "submissionId": "form-7f3a", "email": "nancy@contoso.example.com", "firstName": "Nancy", "lastName": "Davolio",
 *    "company": "Contoso Ltd", "jobTitle": "CTO", "phone": "+1 425 555 0100", "topic": "Contoso Ltd Conference",
 *    "pageId": "spring-conference", "pageUrl": "https://contoso.example.com/conference",
 *    "submittedOn": "2026-05-01T10:00:00Z", "optOuts": { "bulkEmail": true } }`.
 * submissionId, email and topic are required.
 */
export interface Submission {
  /** The form service's id for this submission: posting it again does nothing new. */
  readonly submissionId: string;
  /** Normalized (see plugins/identity). */
  readonly email: string;
  readonly firstName: string | undefined;
  readonly lastName: string | undefined;
  readonly company: string | undefined;
  readonly jobTitle: string | undefined;
  readonly phone: string | undefined;
  /** What the visitor asked about: the lead's Topic, the interaction's campaign. */
  readonly topic: string;
  readonly pageId: string | undefined;
  readonly pageUrl: string | undefined;
  /** ISO-8601 UTC; the time of receipt when the form service sends none. */
  readonly submittedOn: string;
  /** The opt-outs ticked on the form. */
  readonly optOuts: readonly OptOut[];
}

export const OPT_OUTS = ['bulkEmail', 'email', 'phone', 'fax', 'postalMail', 'marketingMaterials'] as const;
export type OptOut = (typeof OPT_OUTS)[number];

export const SUBMISSION_FIELDS = [
  'submissionId',
  'email',
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'phone',
  'topic',
  'pageId',
  'pageUrl',
  'submittedOn',
  'optOuts',
] as const;
