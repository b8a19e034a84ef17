import { type BatchOperation, type CallOptions, DataverseError, DuplicateRecordError } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { CONTACT, LEAD } from '../../schema/names';
import type { LeadRow, NewContact } from '../identity';
import type { OrphanLeadClient } from './OrphanLeadClient';

/**
 * - `linked`: the change set committed (the contact was created, if asked, and the lead linked);
 * - `duplicate`: the contact to create exists already (a twin attempt made it); nothing was written;
 * - `conflict`: the lead changed since it was read (ETag mismatch); nothing was written;
 * - `missing`: the lead or the contact to link to is gone; nothing was written.
 */
export type LinkOutcome = 'linked' | 'duplicate' | 'conflict' | 'missing';

/**
 * Links the lead to the contact — creating the contact first when `create` is given — in one `$batch` change set,
 * so both happen or neither does
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api).
 * The create is a create-only upsert, `PATCH contacts(<id>)` with `If-None-Match: *`: a twin gets 412 with code
 * 0x80040237 instead of a second contact. The link carries `If-Match` with the lead's ETag from our read, so a
 * parent contact someone set in the meantime is never overwritten: the write fails with 412 instead
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).
 */
export async function writeLink(
  client: OrphanLeadClient,
  lead: LeadRow,
  contactId: string,
  create: NewContact | undefined,
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
  const operations: BatchOperation[] = [];
  if (create) {
    operations.push({
      method: 'PATCH',
      url: entityPath(CONTACT.set, create.contactId),
      headers: { 'If-None-Match': '*' },
      json: create.record,
      contentId: 'contact',
    });
  }
  operations.push({
    method: 'PATCH',
    url: entityPath(LEAD.set, lead.leadid),
    headers: { 'If-Match': etag },
    json: { [`${LEAD.parentContact}@odata.bind`]: `/${entityPath(CONTACT.set, contactId)}` },
    contentId: 'link',
  });
  const results = await client.batch([{ changeSet: operations }], {}, call);
  const failure = results.find((r) => r.error)?.error;
  if (failure === undefined) return 'linked';
  // A failed change set answers with one error for all its operations: tell them apart by what the error is.
  if (failure instanceof DuplicateRecordError) return 'duplicate';
  if (failure.status === 412) return 'conflict';
  if (failure.status === 404) return 'missing';
  throw failure;
}
