/**
 * Interaction KPIs from one newest-first query: the timeline is its head, and the counts per type cover the last 30
 * and 90 days. If the query returned its full cap and even the oldest row is inside the 90-day window, older rows of
 * the window may be missing, so the counts are flagged as partial rather than shown as if exact.
 */
import { INTERACTION_TYPE } from '../../../schema/leadlink';
import type { InteractionItem, InteractionSummary, InteractionTypeCount } from './insightsModel';

const DAY_MS = 24 * 60 * 60 * 1000;
const TYPE_ORDER: readonly number[] = Object.values(INTERACTION_TYPE);

export interface SummarizeOptions {
  readonly now: Date;
  /** The query's row cap: reaching it may mean rows were left out. */
  readonly rowCap: number;
  readonly timelineSize: number;
}

function typeRank(type: number | null): number {
  const index = type === null ? -1 : TYPE_ORDER.indexOf(type);
  return index === -1 ? TYPE_ORDER.length : index;
}

function newestFirst(a: InteractionItem, b: InteractionItem): number {
  return (b.occurredOn?.getTime() ?? -Infinity) - (a.occurredOn?.getTime() ?? -Infinity);
}

export function summarizeInteractions(
  items: readonly InteractionItem[],
  options: SummarizeOptions,
): InteractionSummary {
  const sorted = [...items].sort(newestFirst);
  const now = options.now.getTime();
  const from30 = now - 30 * DAY_MS;
  const from90 = now - 90 * DAY_MS;
  const byType = new Map<number | null, { last30Days: number; last90Days: number }>();
  let total30Days = 0;
  let total90Days = 0;
  for (const item of sorted) {
    const time = item.occurredOn?.getTime();
    if (time === undefined || time < from90) continue;
    const entry = byType.get(item.type) ?? { last30Days: 0, last90Days: 0 };
    entry.last90Days += 1;
    total90Days += 1;
    if (time >= from30) {
      entry.last30Days += 1;
      total30Days += 1;
    }
    byType.set(item.type, entry);
  }
  const counts: InteractionTypeCount[] = [...byType.entries()]
    .map(([type, entry]) => ({ type, ...entry }))
    .sort((a, b) => typeRank(a.type) - typeRank(b.type));
  const oldest = [...sorted]
    .reverse()
    .find((item) => item.occurredOn !== null)
    ?.occurredOn?.getTime();
  const capReached = items.length >= options.rowCap;
  const countsComplete = !capReached || oldest === undefined || oldest < from90;
  return {
    latest: sorted.slice(0, options.timelineSize),
    counts,
    total30Days,
    total90Days,
    countsComplete,
    rowsRead: items.length,
  };
}
