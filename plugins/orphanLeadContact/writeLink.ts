import { type CallOptions, DataverseError, DuplicateRecordError } from '../../dataverse';
import { LEAD } from '../../schema/names';
import type { LeadRow } from '../identity';
import { linkOperations, type LinkContact } from '../identityContacts';
import type { OrphanLeadClient } from './OrphanLeadClient';

/**
 * - `linked`: the change set committed (the contact created or its opt-outs tightened, if asked, and the lead linked);
 * - `duplicate`: the contact to create exists already (a twin attempt made it); nothing was written;
 * - `conflict`: the lead changed since it was read (ETag mismatch); nothing was written;
 * - `missing`: the lead or the contact to link to is gone; nothing was written.
 */
export type LinkOutcome = 'linked' | 'duplicate' | 'conflict' | 'missing';

/** Links the lead to the contact in one `$batch` change set with what goes with it (linkOperations.ts). */
export async function writeLink(
  client: OrphanLeadClient,
  lead: LeadRow,
  contactId: string,
  contact: LinkContact,
  call: CallOptions,
): Promise<LinkOutcome> {
  const etag = lead['@odata.etag'];
  if (typeof etag !== 'string' || etag === '') {
    throw new DataverseError({
      method: 'GET',
      url: LEAD.set,
      summary: 'The lead read carried no @odata.etag to guard the link with',
    });
  }
  const results = await client.batch([{ changeSet: linkOperations(lead.leadid, etag, contactId, contact) }], {}, call);
  const failure = results.find((r) => r.error)?.error;
  if (failure === undefined) return 'linked';
  // A failed change set answers with one error for all its operations: tell them apart by what the error is.
  if (failure instanceof DuplicateRecordError) return 'duplicate';
  if (failure.status === 412) return 'conflict';
  if (failure.status === 404) return 'missing';
  throw failure;
}
