import { type CallOptions, DataverseError } from '../../dataverse';
import { buildQuery } from '../../dataverse/client/odata/buildQuery';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { CONTACT, LEAD } from '../../schema/names';
import { LEAD_IDENTITY_SELECT, type ContactCandidate, type ContactMatchingStrategy, type LeadRow } from '../identity';
import type { OrphanLeadClient } from './OrphanLeadClient';

export interface LeadAndCandidates {
  /** Undefined when the lead no longer exists. */
  readonly lead: LeadRow | undefined;
  /** Candidates for `key` (empty when there was no key). */
  readonly candidates: readonly ContactCandidate[];
  /** The match key the candidates were queried for. */
  readonly key: string | undefined;
}

/**
 * The lead (fresh, with its ETag) and the match candidates for the key the payload showed, in one `$batch` of two
 * GETs: one HTTP request, and one against service protection limits. Only the first page of candidates is read
 * (Dataverse pages at 5,000 rows, ordered oldest first).
 */
export async function readLeadAndCandidates(
  client: OrphanLeadClient,
  leadId: string,
  strategy: ContactMatchingStrategy,
  key: string | undefined,
  call: CallOptions,
): Promise<LeadAndCandidates> {
  if (key === undefined) return { lead: await readLead(client, leadId, call), candidates: [], key };
  const [leadResult, candidatesResult] = await client.batch(
    [
      { method: 'GET', url: entityPath(LEAD.set, leadId) + buildQuery({ select: LEAD_IDENTITY_SELECT }) },
      { method: 'GET', url: CONTACT.set + buildQuery(strategy.candidateQuery([key])) },
    ],
    {},
    call,
  );
  if (leadResult?.status === 404) return { lead: undefined, candidates: [], key };
  if (!leadResult || leadResult.error) throw leadResult?.error ?? missingPart('lead');
  if (!candidatesResult || candidatesResult.error) throw candidatesResult?.error ?? missingPart('candidates');
  return { lead: leadRow(leadResult.json), candidates: rowsOf(candidatesResult.json), key };
}

/** The lead alone (one GET); undefined when it no longer exists. */
export async function readLead(
  client: OrphanLeadClient,
  leadId: string,
  call: CallOptions,
): Promise<LeadRow | undefined> {
  try {
    return leadRow(await client.retrieve(LEAD.set, leadId, { select: LEAD_IDENTITY_SELECT }, call));
  } catch (error) {
    if (error instanceof DataverseError && error.status === 404) return undefined;
    throw error;
  }
}

/** The first page of candidates for one key (one GET). */
export async function readCandidates(
  client: OrphanLeadClient,
  strategy: ContactMatchingStrategy,
  key: string,
  call: CallOptions,
): Promise<readonly ContactCandidate[]> {
  for await (const page of client.queryPages<ContactCandidate>(CONTACT.set, strategy.candidateQuery([key]), call)) {
    return page.rows;
  }
  return [];
}

function leadRow(json: unknown): LeadRow {
  if (typeof json !== 'object' || json === null || typeof (json as { leadid?: unknown }).leadid !== 'string') {
    throw new DataverseError({ method: 'GET', url: LEAD.set, summary: 'The lead read returned no leadid' });
  }
  return json as LeadRow;
}

function rowsOf(json: unknown): ContactCandidate[] {
  const value = typeof json === 'object' && json !== null ? (json as { value?: unknown }).value : undefined;
  if (!Array.isArray(value)) {
    throw new DataverseError({
      method: 'GET',
      url: CONTACT.set,
      summary: 'The contact query returned no "value" array',
    });
  }
  return value.filter(
    (row): row is ContactCandidate => typeof (row as { contactid?: unknown })?.contactid === 'string',
  );
}

function missingPart(what: string): DataverseError {
  return new DataverseError({
    method: 'POST',
    url: '$batch',
    summary: `The $batch answer has no part for the ${what}`,
  });
}
