import { chunkForIn } from '../../dataverse';
import { DataverseError, inFilter, type BatchOperation, type BatchResult, type QueryOptions } from '../../dataverse';
import { buildQuery } from '../../dataverse/client/odata/buildQuery';
import { CONTACT } from '../../schema/names';
import {
  IDENTITY_CONTACT_SELECT,
  type ContactCandidate,
  type ContactMatchingStrategy,
  type IdentityContact,
} from '../identity';
import { chunk } from '../common/chunk';
import { SWEEP_IN_LIMITS } from './inLimits';
import type { RequestGate } from './RequestGate';
import { runInParallel } from './runInParallel';
import type { SweepClient } from './SweepClient';

/** Dataverse runs at most 1,000 operations in one `$batch`. */
export const MAX_BATCH_OPERATIONS = 1000;

/** What a page of leads needs from contacts: the strategy's candidates per key, and the identity contacts read. */
export interface MatchReads {
  /** The candidates read for this key (among them, candidates of other keys read by the same query). */
  candidatesFor(key: string): readonly ContactCandidate[];
  /** Each identity contact id asked for: its row (state, masterid, opt-outs), or null when no contact has it. */
  readonly identities: ReadonlyMap<string, IdentityContact | null>;
}

export interface ReadContext {
  readonly gate: RequestGate;
  /** Plain GETs, one per query, instead of one `$batch`: a `$batch` is a POST, and a dry run sends nothing but GETs. */
  readonly getsOnly: boolean;
  readonly concurrency: number;
}

/** One contact query of a match read: the strategy's candidates of some keys, or identity contacts by id. */
export interface MatchQuery {
  readonly options: QueryOptions;
  /** The keys whose candidates this query reads; empty for an id query. */
  readonly keys: readonly string[];
}

/** Reads made ahead, together with the leads (plugins/groupCommit): the keys whose candidates they hold. */
export interface PrefetchedReads extends MatchReads {
  readonly keys: ReadonlySet<string>;
}

/**
 * Reads, for many leads at once, the contacts that may match them (the strategy's query, `In` over chunks of keys)
 * and the identity contacts asked for (`In` over contactid, any state, with state, masterid and opt-outs: an inactive
 * one is never linked to, but blocks a create under its id and may point to its master). Normally every query goes
 * as a GET inside one `$batch` — one request against service protection, and URLs in a batch body may be longer than
 * a request line (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api).
 */
export async function readMatches(
  client: SweepClient,
  strategy: ContactMatchingStrategy,
  keys: readonly string[],
  contactIds: readonly string[],
  context: ReadContext,
): Promise<MatchReads> {
  const queries = matchQueries(strategy, keys, contactIds);
  if (queries.length === 0) return { candidatesFor: () => [], identities: new Map() };
  const rows = context.getsOnly
    ? await readByGets(client, queries, context)
    : await readByBatch(client, queries, context);
  return matchReadsFrom(queries, rows, contactIds);
}

/** The queries of a match read, in the order matchReadsFrom expects their rows. */
export function matchQueries(
  strategy: ContactMatchingStrategy,
  keys: readonly string[],
  contactIds: readonly string[],
): MatchQuery[] {
  return [
    ...chunkForIn(keys, SWEEP_IN_LIMITS).map((run) => ({ options: strategy.candidateQuery(run), keys: run })),
    ...chunkForIn(contactIds, SWEEP_IN_LIMITS).map((run) => ({
      options: { select: IDENTITY_CONTACT_SELECT, filter: inFilter(CONTACT.id, run) },
      keys: [],
    })),
  ];
}

/** What the queries' rows say; every id asked for and not found maps to null. */
export function matchReadsFrom(
  queries: readonly MatchQuery[],
  rows: readonly (readonly ContactCandidate[])[],
  contactIds: readonly string[],
): PrefetchedReads {
  const byKey = new Map<string, readonly ContactCandidate[]>();
  const identities = new Map<string, IdentityContact | null>(contactIds.map((id) => [id.toLowerCase(), null]));
  queries.forEach((query, index) => {
    const found = rows[index] ?? [];
    if (query.keys.length === 0) for (const row of found) identities.set(row.contactid.toLowerCase(), row);
    for (const key of query.keys) byKey.set(key, found);
  });
  return { candidatesFor: (key) => byKey.get(key) ?? [], identities, keys: new Set(byKey.keys()) };
}

/** Reads made ahead completed by later ones: each key's candidates and each id's row from whichever read it. */
export function mergeReads(ahead: PrefetchedReads, later: MatchReads): MatchReads {
  return {
    candidatesFor: (key) => (ahead.keys.has(key) ? ahead.candidatesFor(key) : later.candidatesFor(key)),
    identities: new Map([...ahead.identities, ...later.identities]),
  };
}

/** The rows of one query's answer inside a `$batch`, following `@odata.nextLink` past the first page. */
export async function rowsOfResult(
  client: SweepClient,
  result: BatchResult | undefined,
  url: string,
  gate: RequestGate,
): Promise<ContactCandidate[]> {
  if (!result || result.error) {
    throw (
      result?.error ??
      new DataverseError({ method: 'GET', url, summary: 'The $batch answer has no part for this query' })
    );
  }
  const page = readPage(result.json, url);
  return [...page.rows, ...(page.nextLink ? await followNextLinks(client, page.nextLink, gate) : [])];
}

async function readByBatch(
  client: SweepClient,
  queries: readonly MatchQuery[],
  context: ReadContext,
): Promise<ContactCandidate[][]> {
  const rows: ContactCandidate[][] = [];
  for (const part of chunk(queries, MAX_BATCH_OPERATIONS)) {
    const operations: BatchOperation[] = part.map((q) => ({ method: 'GET', url: CONTACT.set + buildQuery(q.options) }));
    context.gate.pass();
    const results = await client.batch(operations);
    for (const [index, operation] of operations.entries()) {
      rows.push(await rowsOfResult(client, results[index], operation.url, context.gate));
    }
  }
  return rows;
}

async function readByGets(
  client: SweepClient,
  queries: readonly MatchQuery[],
  context: ReadContext,
): Promise<ContactCandidate[][]> {
  const rows: ContactCandidate[][] = queries.map(() => []);
  await runInParallel(
    queries.map((query, index) => async () => {
      const pages = client.queryPages<ContactCandidate>(CONTACT.set, query.options);
      for (;;) {
        context.gate.pass();
        const next = await pages.next();
        if (next.done) break;
        rows[index]?.push(...next.value.rows);
      }
    }),
    context.concurrency,
  );
  return rows;
}

/** More than a page of candidates (5,000) for one query: the rest, following `@odata.nextLink` unchanged. */
async function followNextLinks(client: SweepClient, first: string, gate: RequestGate): Promise<ContactCandidate[]> {
  const rows: ContactCandidate[] = [];
  for (let link: string | undefined = first; link !== undefined;) {
    gate.pass();
    const response = await client.request({ method: 'GET', url: link });
    const page = readPage(parseJson(response.body, link), link);
    rows.push(...page.rows);
    link = page.nextLink;
  }
  return rows;
}

function readPage(json: unknown, url: string): { rows: ContactCandidate[]; nextLink?: string } {
  const body = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const value = body.value;
  if (!Array.isArray(value))
    throw new DataverseError({ method: 'GET', url, summary: 'The contact query returned no "value" array' });
  const nextLink = body['@odata.nextLink'];
  return {
    rows: value.filter(
      (row): row is ContactCandidate => typeof (row as { contactid?: unknown } | null)?.contactid === 'string',
    ),
    ...(typeof nextLink === 'string' ? { nextLink } : {}),
  };
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataverseError({
      method: 'GET',
      url,
      summary: 'The contact query answered with a body that is not JSON',
    });
  }
}
