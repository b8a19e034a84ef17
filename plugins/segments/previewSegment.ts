/**
 * A segment's preview, read from Dataverse: how many contacts it has and the first of them, how many the conditions
 * selected before the exclusions, and how many each exclusion removed. Every query is one compileSegment wrote; they
 * run side by side (the client caps concurrency).
 */
import type { DataverseClient } from '../../dataverse';
import { CONTACT as CONTACT_SET } from '../../schema/names';
import { compileSegment } from './compileSegment';
import { CONTACT } from './segmentSchema';
import { runSegmentCount, type SegmentCount } from './segmentCount';
import { EXCLUSION_IDS, type ExclusionId, type SegmentDefinition } from './types';

/** How many contacts a preview lists. */
export const PREVIEW_SIZE = 20;

const NOTHING_LET_IN = Object.fromEntries(EXCLUSION_IDS.map((id) => [id, false])) as Record<ExclusionId, boolean>;

export interface SegmentContact {
  readonly contactId: string;
  /** Absent when the contact has none (Dataverse leaves empty columns out). */
  readonly fullName?: string;
  readonly email?: string;
}

export interface SegmentExclusionCount {
  readonly id: ExclusionId;
  readonly description: string;
  /** Contacts the conditions select that this exclusion removes; a contact caught by two counts under both. */
  readonly removed: SegmentCount;
  /** Contacts only this exclusion removes: switching it off would add exactly these. */
  readonly onlyThis: SegmentCount;
}

export interface SegmentPreview {
  readonly name?: string;
  readonly count: SegmentCount;
  readonly countBeforeExclusions: SegmentCount;
  /** The first contacts, by full name (with `listExcluded: false`, only those every exclusion lets through). */
  readonly contacts: readonly SegmentContact[];
  /** The exclusions in force, in report order. */
  readonly exclusions: readonly SegmentExclusionCount[];
  /** The exclusions the definition switched off: their contacts are let in. */
  readonly notExcluded: readonly ExclusionId[];
  /** The segment's query: what a dynamic marketing list stores. */
  readonly fetchXml: string;
}

export interface PreviewOptions {
  /** How many contacts to list, 1–5000; PREVIEW_SIZE by default. */
  readonly top?: number;
  /**
   * False: list only contacts every exclusion lets through, even those the definition switched off (they are still
   * counted) — for the HTTP preview, which must never show a contact who opted out, is inactive or is a minor without
   * consent. By default the listed contacts are the segment's.
   */
  readonly listExcluded?: boolean;
}

export async function previewSegment(
  client: DataverseClient,
  definition: SegmentDefinition,
  options: PreviewOptions = {},
): Promise<SegmentPreview> {
  const compiled = compileSegment(definition);
  const listed = options.listExcluded === false ? { ...definition, include: NOTHING_LET_IN } : definition;
  const firstRows = compileSegment(listed, { top: options.top ?? PREVIEW_SIZE }).fetchXml;
  const [contacts, count, countBeforeExclusions, exclusions] = await Promise.all([
    firstContacts(client, firstRows),
    runSegmentCount(client, compiled.countFetchXml),
    runSegmentCount(client, compiled.baseCountFetchXml),
    Promise.all(
      compiled.exclusions.map(async (exclusion) => ({
        id: exclusion.id,
        description: exclusion.description,
        removed: await runSegmentCount(client, exclusion.removedCountFetchXml),
        onlyThis: await runSegmentCount(client, exclusion.onlyThisCountFetchXml),
      })),
    ),
  ]);
  return {
    ...(definition.name === undefined ? {} : { name: definition.name }),
    count,
    countBeforeExclusions,
    contacts,
    exclusions,
    notExcluded: EXCLUSION_IDS.filter((id) => definition.include[id]),
    fetchXml: compiled.fetchXml,
  };
}

async function firstContacts(client: DataverseClient, fetchXml: string): Promise<SegmentContact[]> {
  const contacts: SegmentContact[] = [];
  // A query with `top` is a single request.
  for await (const row of client.fetchXmlRows(CONTACT_SET.set, fetchXml)) contacts.push(contactOf(row));
  return contacts;
}

function contactOf(row: Readonly<Record<string, unknown>>): SegmentContact {
  const fullName = row[CONTACT.fullName];
  const email = row[CONTACT.email];
  return {
    contactId: String(row[CONTACT.id]),
    ...(typeof fullName === 'string' ? { fullName } : {}),
    ...(typeof email === 'string' ? { email } : {}),
  };
}
