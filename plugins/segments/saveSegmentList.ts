/**
 * Saves a segment as a marketing list of contacts, idempotent by name: the first run creates the list, a rerun
 * updates that same list. Dynamic (list.type true): the list stores the segment's FetchXML as its query and Dataverse
 * chooses the members whenever the list is used. Static: the list holds the segment's contacts as of this run.
 *
 * The name is looked up first (Dataverse compares text case-insensitively, so "Contoso" and "contoso" are one list).
 * A new list gets an id derived from its name, given in the create body (Dataverse accepts a primary key on create and
 * answers 412 with 0x80040237 when the id is taken), so two runs racing to create it make one list: the slower one's
 * 412 means "it exists now", and it updates that list instead.
 */
import { DuplicateRecordError, odataString, type DataverseClient, type ODataRecord } from '../../dataverse';
import { compileSegment } from './compileSegment';
import { MarketingListError } from './errors/MarketingListError';
import { deterministicListId } from './listId';
import { checkListName } from './listName';
import { LIST, LIST_DESCRIPTION_MAX_LENGTH, LIST_MEMBER_TYPE_CONTACT } from './marketingListSchema';
import { syncStaticMembers, type MemberProgress, type MemberSync } from './syncStaticMembers';
import type { SegmentDefinition } from './types';

export type MarketingListKind = 'dynamic' | 'static';

export interface SaveListOptions {
  /** The list's name; the definition's name when absent. */
  readonly name?: string;
  readonly kind: MarketingListKind;
  /** Static lists: called as member changes are sent. */
  readonly onProgress?: MemberProgress;
}

export interface SavedList {
  readonly listId: string;
  /** The list's name as stored (an existing list keeps its own case). */
  readonly name: string;
  readonly kind: MarketingListKind;
  readonly created: boolean;
  /** Whether an existing list's query or description changed. */
  readonly updated: boolean;
  /** Static lists: what the member sync did. */
  readonly members?: MemberSync;
}

/** A list as read back with SELECT: the wire names of the LIST columns. */
interface ListRow extends ODataRecord {
  readonly listid: string;
  readonly listname?: string;
  readonly type?: boolean;
  readonly createdfromcode?: number;
  readonly query?: string;
  readonly description?: string;
}

const SELECT = [LIST.id, LIST.name, LIST.type, LIST.memberTypeCode, LIST.query, LIST.description];

export async function saveSegmentList(
  client: DataverseClient,
  definition: SegmentDefinition,
  options: SaveListOptions,
): Promise<SavedList> {
  const name = checkListName(options.name ?? definition.name ?? '');
  const description = definition.description;
  if (description !== undefined && description.length > LIST_DESCRIPTION_MAX_LENGTH) {
    throw new MarketingListError(
      `The segment's description has ${description.length} characters; a list allows ${LIST_DESCRIPTION_MAX_LENGTH}.`,
    );
  }
  const dynamic = options.kind === 'dynamic';
  const { fetchXml } = compileSegment(definition);
  const wanted: ODataRecord = {
    ...(dynamic ? { [LIST.query]: fetchXml } : {}),
    ...(description === undefined ? {} : { [LIST.description]: description }),
  };

  const { list, created } = await findOrCreateList(client, name, dynamic, wanted);
  checkCompatible(list, name, options.kind);

  const changes = Object.fromEntries(Object.entries(wanted).filter(([column, value]) => list[column] !== value));
  const updated = !created && Object.keys(changes).length > 0;
  if (updated) await client.update(LIST.set, list.listid, changes);
  const members = dynamic ? undefined : await syncStaticMembers(client, list.listid, fetchXml, options.onProgress);
  const savedName = list.listname ?? name;
  return {
    listId: list.listid,
    name: savedName,
    kind: options.kind,
    created,
    updated,
    ...(members ? { members } : {}),
  };
}

async function findOrCreateList(
  client: DataverseClient,
  name: string,
  dynamic: boolean,
  wanted: ODataRecord,
): Promise<{ list: ListRow; created: boolean }> {
  const existing = await findListByName(client, name);
  if (existing) return { list: existing, created: false };
  const listid = deterministicListId(name);
  const body: ODataRecord = {
    [LIST.id]: listid,
    [LIST.name]: name,
    [LIST.type]: dynamic,
    [LIST.memberTypeCode]: LIST_MEMBER_TYPE_CONTACT,
    [LIST.memberType]: LIST_MEMBER_TYPE_CONTACT,
    ...wanted,
  };
  try {
    await client.create(LIST.set, body);
    return { list: body as ListRow, created: true };
  } catch (error) {
    if (!(error instanceof DuplicateRecordError)) throw error;
    return { list: await claimRacedList(client, listid, name), created: false };
  }
}

async function findListByName(client: DataverseClient, name: string): Promise<ListRow | undefined> {
  const lists = await client.queryAll<ListRow>(LIST.set, {
    select: SELECT,
    filter: `${LIST.name} eq ${odataString(name)}`,
  });
  if (lists.length > 1) {
    throw new MarketingListError(
      `${lists.length} marketing lists are named "${name}"; LeadLink keeps one list per name. Rename or delete the others: ${lists.map((l) => l.listid).join(', ')}.`,
      lists.map((l) => l.listid),
    );
  }
  return lists[0];
}

/** The list at our derived id exists: made by a concurrent run (same name), or an earlier one and renamed since. */
async function claimRacedList(client: DataverseClient, listId: string, name: string): Promise<ListRow> {
  const list = await client.retrieve<ListRow>(LIST.set, listId, { select: SELECT });
  if ((list.listname ?? '').trim().toLowerCase() !== name.toLowerCase()) {
    throw new MarketingListError(
      `The marketing list LeadLink created for "${name}" (${listId}) is now named "${list.listname ?? ''}". Rename it back, or delete it, and run again.`,
      [listId],
    );
  }
  return list;
}

/** Dataverse fixes a list's member type and list type at creation; LeadLink will not save into a different kind. */
function checkCompatible(list: ListRow, name: string, kind: MarketingListKind): void {
  if (list.createdfromcode !== LIST_MEMBER_TYPE_CONTACT) {
    throw new MarketingListError(
      `The marketing list "${name}" (${list.listid}) holds ${memberWord(list.createdfromcode)}, not contacts; a segment is contacts. Use another --name.`,
      [list.listid],
    );
  }
  const existingKind: MarketingListKind = list.type === true ? 'dynamic' : 'static';
  if (existingKind !== kind) {
    throw new MarketingListError(
      `The marketing list "${name}" (${list.listid}) is ${existingKind}; Dataverse fixes a list's type when it is created. ` +
        `Save it as ${existingKind} (${existingKind === 'static' ? 'with' : 'without'} --static), use another --name, or delete that list first.`,
      [list.listid],
    );
  }
}

function memberWord(code: number | undefined): string {
  if (code === 1) return 'accounts';
  if (code === 4) return 'leads';
  return 'members of an unknown type';
}
