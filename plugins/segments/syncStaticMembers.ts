/**
 * Makes a static marketing list's members exactly the segment's contacts: adds the missing ones with AddMemberList
 * (the documented action bound to a list; Associate through the N:N relationship is refused for list members —
 * "Associate is not supported for ListMember", MscrmTools/XrmToolBox#308) and removes the others by deleting their
 * listmember rows (Delete is a ListMember message in its table reference). Work goes in `$batch` requests with
 * continue-on-error; a failed part is reported after the rest ran, and a rerun finishes the job.
 */
import type { BatchOperation, DataverseClient } from '../../dataverse';
import { CONTACT as CONTACT_SET } from '../../schema/names';
import { MarketingListError } from './errors/MarketingListError';
import { ADD_MEMBER_LIST, LIST, LIST_MEMBER } from './marketingListSchema';
import { CONTACT } from './segmentSchema';
import { element, writeXml } from './xmlTree';

/** Operations per `$batch`: small enough that one slow batch does not approach a request's time limit. */
const BATCH_SIZE = 100;

export interface MemberSync {
  readonly added: number;
  readonly removed: number;
  /** Members after the sync. */
  readonly total: number;
}

export type MemberProgress = (done: number, total: number) => void;

export async function syncStaticMembers(
  client: DataverseClient,
  listId: string,
  segmentFetchXml: string,
  onProgress: MemberProgress = () => undefined,
): Promise<MemberSync> {
  const wanted = new Set<string>();
  for await (const row of client.fetchXmlRows(CONTACT_SET.set, segmentFetchXml)) wanted.add(String(row[CONTACT.id]));
  const current = new Map<string, string>();
  for await (const row of client.fetchXmlRows(LIST_MEMBER.set, membersQuery(listId))) {
    current.set(String(row[LIST_MEMBER.entityIdValue]), String(row[LIST_MEMBER.id]));
  }
  const operations: BatchOperation[] = [
    ...[...wanted]
      .filter((contactId) => !current.has(contactId))
      .map((contactId): BatchOperation => ({
        method: 'POST',
        url: `${LIST.set}(${listId})/Microsoft.Dynamics.CRM.${ADD_MEMBER_LIST}`,
        json: { EntityId: contactId },
      })),
    ...[...current]
      .filter(([contactId]) => !wanted.has(contactId))
      .map(([, memberId]): BatchOperation => ({ method: 'DELETE', url: `${LIST_MEMBER.set}(${memberId})` })),
  ];
  const added = operations.filter((operation) => operation.method === 'POST').length;
  let failed = 0;
  let firstFailure = '';
  for (let start = 0; start < operations.length; start += BATCH_SIZE) {
    const results = await client.batch(operations.slice(start, start + BATCH_SIZE), { continueOnError: true });
    for (const result of results.filter((r) => r.error !== undefined)) {
      failed += 1;
      firstFailure ||= result.error?.message ?? '';
    }
    onProgress(Math.min(start + BATCH_SIZE, operations.length), operations.length);
  }
  if (failed > 0) {
    throw new MarketingListError(
      `${failed} of ${operations.length} member changes to the marketing list ${listId} failed; run again to finish. First failure: ${firstFailure}`,
      [listId],
    );
  }
  return { added, removed: operations.length - added, total: wanted.size };
}

/** The list's members, ordered by their own id so that paging is stable. */
function membersQuery(listId: string): string {
  return writeXml(
    element('fetch', { version: '1.0', mapping: 'logical' }, [
      element('entity', { name: LIST_MEMBER.table }, [
        element('attribute', { name: LIST_MEMBER.id }),
        element('attribute', { name: LIST_MEMBER.entityId }),
        element('order', { attribute: LIST_MEMBER.id }),
        element('filter', { type: 'and' }, [
          element('condition', { attribute: LIST_MEMBER.listId, operator: 'eq', value: listId }),
        ]),
      ]),
    ]),
  );
}
