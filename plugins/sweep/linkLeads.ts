import { DataverseError, type BatchOperation, type BatchResult } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { CONTACT, LEAD } from '../../schema/names';
import type { LeadRow } from '../identity';
import { chunk } from '../shared/chunk';
import { MAX_RECORDS_PER_REQUEST, type WriteContext } from './createContacts';
import { runInParallel } from './runInParallel';
import type { SweepClient } from './SweepClient';

export interface LeadLink {
  readonly lead: LeadRow;
  readonly contactId: string;
}

/**
 * - `linked`: the lead now has this parent contact;
 * - `changed`: the lead changed since it was read (a webhook linked it, a user edited it) or the contact is gone:
 *   nothing was written; the sweep reads the lead again and decides anew;
 * - `failed`: Dataverse refused the write.
 */
export type LinkOutcome =
  { readonly kind: 'linked' } | { readonly kind: 'changed' } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Sets `parentcontactid` on the leads, up to 1,000 a request. Each lead is a `PATCH leads(<id>)` carrying the ETag
 * its page was read with in `If-Match`, inside a `$batch` with continue-on-error. Dataverse applies the write only if
 * the lead is unchanged since that read, so a lead that got a parent contact meanwhile — from the webhook, a user, a
 * second sweep — answers 412 and keeps it: the re-check that its parentcontactid is still empty happens inside
 * Dataverse, atomically with the write
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).
 * UpdateMultiple would take the same 1,000 leads in one request, but the Web API gives its targets no per-record
 * precondition, so between any re-read and that write a link could be overwritten; the webhook path guards its link
 * with the same If-Match.
 */
export async function linkLeads(
  client: SweepClient,
  links: readonly LeadLink[],
  context: WriteContext,
  onChunk: (outcomes: readonly (readonly [LeadLink, LinkOutcome])[]) => void,
): Promise<void> {
  const tasks = chunk(links, MAX_RECORDS_PER_REQUEST).map(
    (run) => async () => onChunk(await linkChunk(client, run, context)),
  );
  await runInParallel(tasks, context.concurrency);
}

async function linkChunk(
  client: SweepClient,
  links: readonly LeadLink[],
  context: WriteContext,
): Promise<(readonly [LeadLink, LinkOutcome])[]> {
  const guarded = links.filter((link) => etagOf(link.lead) !== undefined);
  const operations: BatchOperation[] = guarded.map((link) => ({
    method: 'PATCH',
    url: entityPath(LEAD.set, link.lead.leadid),
    headers: { 'If-Match': etagOf(link.lead) ?? '' },
    json: { [`${LEAD.parentContact}@odata.bind`]: `/${entityPath(CONTACT.set, link.contactId)}` },
  }));
  let results: readonly BatchResult[] = [];
  if (operations.length > 0) {
    context.gate.pass();
    results = await client.batch(operations, { continueOnError: true });
  }
  const outcomes = new Map<LeadLink, LinkOutcome>();
  guarded.forEach((link, index) => {
    const result = results[index];
    if (result?.executed && result.error === undefined) outcomes.set(link, { kind: 'linked' });
    // 412: the ETag no longer matches. 404: the lead or the contact went away. Either way, look again.
    else if (result?.status === 412 || result?.status === 404) outcomes.set(link, { kind: 'changed' });
    else outcomes.set(link, { kind: 'failed', error: result?.error ?? new Error('Dataverse did not run the link') });
  });
  return links.map((link) => [link, outcomes.get(link) ?? { kind: 'failed', error: noEtag(link.lead) }] as const);
}

function etagOf(lead: LeadRow): string | undefined {
  const etag = lead['@odata.etag'];
  return typeof etag === 'string' && etag !== '' ? etag : undefined;
}

function noEtag(lead: LeadRow): DataverseError {
  return new DataverseError({
    method: 'GET',
    url: entityPath(LEAD.set, lead.leadid),
    summary: 'The lead was read without an @odata.etag to guard its link with; it was not written',
  });
}
