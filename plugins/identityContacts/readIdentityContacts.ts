import { chunkForIn, inFilter, type CallOptions, type DataverseClient } from '../../dataverse';
import { CONTACT } from '../../schema/names';
import { IDENTITY_CONTACT_SELECT, type IdentityContact } from '../identity';

/**
 * The contacts with these ids, read for an identity decision (IDENTITY_CONTACT_SELECT: state, masterid, opt-outs),
 * whatever their state; an id no contact has maps to null. One GET per few hundred ids (`In` over contactid).
 */
export async function readIdentityContacts(
  client: Pick<DataverseClient, 'queryPages'>,
  contactIds: readonly string[],
  call?: CallOptions,
): Promise<Map<string, IdentityContact | null>> {
  const ids = [...new Set(contactIds.map((id) => id.toLowerCase()))];
  const found = new Map<string, IdentityContact | null>(ids.map((id) => [id, null]));
  for (const run of chunkForIn(ids)) {
    const query = { select: IDENTITY_CONTACT_SELECT, filter: inFilter(CONTACT.id, run) };
    for await (const page of client.queryPages<IdentityContact>(CONTACT.set, query, call)) {
      for (const row of page.rows) found.set(row.contactid.toLowerCase(), row);
    }
  }
  return found;
}
