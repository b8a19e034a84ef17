import type { BatchOperation } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { CONTACT, LEAD } from '../../schema/names';
import type { NewContact } from '../identity';

/** What goes with a lead's link, in the same change set. */
export type LinkContact =
  /** A new contact: created with the create-only upsert. */
  | { readonly create: NewContact }
  /** An existing contact: the lead's opt-outs it still allows are set (possibly none). */
  | { readonly optOuts: Readonly<Record<string, true>> };

/**
 * The operations of one lead's link change set — all happen or none does
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api):
 * - a new contact is a create-only upsert, `PATCH contacts(<id>)` with `If-None-Match: *`: a twin gets 412 with code
 *   0x80040237 instead of a second contact, and a contact is never made without the link that needs it;
 * - an existing contact the lead is stricter than gets the lead's opt-outs, `PATCH` with `If-Match: *`, which never
 *   creates a contact deleted meanwhile: the strictest wins, and a link that fails takes the tightening with it;
 * - the link carries `If-Match` with the lead's ETag from its read, so a parent contact someone set in the meantime
 *   is never overwritten: the change set fails with 412 instead
 *   (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).
 * The webhook sends one such change set; the sweep sends many in a `$batch`.
 */
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
