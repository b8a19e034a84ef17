import { type BatchOperation, type CallOptions, DataverseError, DuplicateRecordError } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { CONTACT, LEAD } from '../../schema/names';
import type { LeadRow, NewContact } from '../identity';
import type { OrphanLeadClient } from './OrphanLeadClient';

/**
 * - `linked`: the change set committed (the contact created or its opt-outs tightened, if asked, and the lead linked);
 * - `duplicate`: the contact to create exists already (a twin attempt made it); nothing was written;
 * - `conflict`: the lead changed since it was read (ETag mismatch); nothing was written;
 * - `missing`: the lead or the contact to link to is gone; nothing was written.
 */
export type LinkOutcome = 'linked' | 'duplicate' | 'conflict' | 'missing';

/** What goes with the link, in the same change set. */
export type LinkContact =
  /** A new contact: created with the create-only upsert. */
  | { readonly create: NewContact }
  /** An existing contact: the lead's opt-outs it still allows are set (possibly none). */
  | { readonly optOuts: Readonly<Record<string, true>> };

/**
 * Links the lead to the contact in one `$batch` change set with what goes with it, so all happen or none does
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api):
 * - a new contact is a create-only upsert, `PATCH contacts(<id>)` with `If-None-Match: *`: a twin gets 412 with code
 *   0x80040237 instead of a second contact;
 * - an existing contact the lead is stricter than gets the lead's opt-outs, `PATCH` with `If-Match: *`, which never
 *   creates a contact deleted meanwhile: the strictest wins, and a link that fails takes the tightening with it.
 * The link carries `If-Match` with the lead's ETag from our read, so a parent contact someone set in the meantime is
 * never overwritten: the write fails with 412 instead
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).
 */
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

/** The operations of one lead's link change set: the contact's write, if any, then the guarded link. */
export function linkOperations(
  leadId: string,
  leadEtag: string,
  contactId: string,
  contact: LinkContact,
): BatchOperation[] {
  const operations: BatchOperation[] = [];
  if ('create' in contact) {
    operations.push({
      method: 'PATCH',
      url: entityPath(CONTACT.set, contact.create.contactId),
      headers: { 'If-None-Match': '*' },
      json: contact.create.record,
      contentId: 'contact',
    });
  } else if (Object.keys(contact.optOuts).length > 0) {
    operations.push({
      method: 'PATCH',
      url: entityPath(CONTACT.set, contactId),
      headers: { 'If-Match': '*' },
      json: contact.optOuts,
      contentId: 'optouts',
    });
  }
  operations.push({
    method: 'PATCH',
    url: entityPath(LEAD.set, leadId),
    headers: { 'If-Match': leadEtag },
    json: { [`${LEAD.parentContact}@odata.bind`]: `/${entityPath(CONTACT.set, contactId)}` },
    contentId: 'link',
  });
  return operations;
}
