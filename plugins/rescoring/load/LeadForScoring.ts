import type { WebApiRecord } from '../../scoring';

/** A lead with what scoring reads besides its interactions: its parent contact and its account. */
export interface LeadForScoring {
  readonly leadId: string;
  /** The lead row, without its expansions. */
  readonly lead: WebApiRecord;
  readonly contactId: string | undefined;
  readonly contact: WebApiRecord | null;
  /** The lead's parent account, else its contact's company when that is an account. */
  readonly accountId: string | undefined;
  /** The account row when it was read; a bare `{ accountid }` when only its id is known. */
  readonly account: WebApiRecord | null;
  /** Whether `account` holds the columns the model's account rules read (else it is bare or null). */
  readonly accountRead: boolean;
}
