/**
 * Rescores every open lead, a page at a time (decay and model changes: the CLI and the daily timer). Each page is
 * scored and written before the next is read; stopping between pages loses nothing, and running again simply
 * rescores (unchanged leads are not written), so a run can be interrupted and resumed without harm.
 */
import type { ScoringModel } from '../scoring';
import { LEAD, LEAD_STATE, STATE_COLUMN } from '../../schema/names';
import { countOpenLeads } from './countOpenLeads';
import { leadQuery } from './load/leadQuery';
import { toLeadForScoring } from './load/toLeadForScoring';
import type { RescoreContext } from './RescoreContext';
import { RescoreInputError } from './errors/RescoreInputError';
import { rescoreLoadedLeads } from './rescoreLoadedLeads';
import { addSummaries, EMPTY_SUMMARY, type RescoreSummary } from './RescoreSummary';

export interface RescoreAllOptions {
  /** Called once with the number of open leads (undefined when it cannot be counted), before the first page. */
  readonly onStart?: (total: number | undefined) => void;
  /** Called after each page with the leads done so far and the summary so far. */
  readonly onProgress?: (done: number, summary: RescoreSummary) => void;
  /** Stops after the page in progress. */
  readonly signal?: AbortSignal;
  /** Resume a stopped run: only leads whose id comes after this one (leads are read in id order). */
  readonly startAfter?: string;
}

export interface RescoreAllResult extends RescoreSummary {
  /** False when the run was stopped before the last page. */
  readonly completed: boolean;
  /** The last lead rescored: pass it as `startAfter` to resume a stopped run. */
  readonly lastLeadId: string | undefined;
}

export async function rescoreAll(
  context: RescoreContext,
  model: ScoringModel,
  options: RescoreAllOptions = {},
): Promise<RescoreAllResult> {
  const after = options.startAfter === undefined ? undefined : guid(options.startAfter);
  options.onStart?.(after === undefined ? await countOpenLeads(context.dataverse) : undefined);
  let summary = EMPTY_SUMMARY;
  let lastLeadId = after;
  const open = `${STATE_COLUMN} eq ${LEAD_STATE.open}`;
  const filter = after === undefined ? open : `${open} and ${LEAD.id} gt ${after}`;
  for await (const page of context.dataverse.queryPages(LEAD.set, leadQuery(model, filter))) {
    const leads = page.rows.map(toLeadForScoring);
    summary = addSummaries(summary, await rescoreLoadedLeads(context, model, leads));
    lastLeadId = leads.at(-1)?.leadId ?? lastLeadId;
    options.onProgress?.(summary.scored, summary);
    if (options.signal?.aborted && page.nextLink !== undefined) return { ...summary, completed: false, lastLeadId };
  }
  return { ...summary, completed: true, lastLeadId };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function guid(text: string): string {
  const value = text.trim().toLowerCase();
  if (!GUID.test(value))
    throw new RescoreInputError(`startAfter must be a lead id (a GUID), got '${text.slice(0, 40)}'`);
  return value;
}
