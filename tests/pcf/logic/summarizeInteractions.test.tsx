import { INTERACTION_TYPE } from '../../../schema/leadlink';
import type { InteractionItem } from '../../../pcf-controls/MarketingInsightsPanel/logic/insightsModel';
import { summarizeInteractions } from '../../../pcf-controls/MarketingInsightsPanel/logic/summarizeInteractions';

const NOW = new Date('2025-06-30T12:00:00Z');
const DAY = 86400000;

function item(id: number, type: number | null, daysAgo: number | null): InteractionItem {
  return {
    id: `id-${id}`,
    type,
    occurredOn: daysAgo === null ? null : new Date(NOW.getTime() - daysAgo * DAY),
    subject: null,
    url: null,
    campaign: null,
    contactId: null,
    contactName: null,
  };
}

describe('summarizeInteractions', () => {
  const T = INTERACTION_TYPE;

  it('counts each type over the last 30 and 90 days, in the schema type order', () => {
    const summary = summarizeInteractions(
      [
        item(1, T.websiteVisited, 1),
        item(2, T.emailOpened, 29.9),
        item(3, T.emailOpened, 30.1),
        item(4, T.emailOpened, 89.9),
        item(5, T.emailOpened, 90.1),
        item(6, T.websiteVisited, 200),
      ],
      { now: NOW, rowCap: 500, timelineSize: 20 },
    );
    expect(summary.counts).toEqual([
      { type: T.emailOpened, last30Days: 1, last90Days: 3 },
      { type: T.websiteVisited, last30Days: 1, last90Days: 1 },
    ]);
    expect(summary.total30Days).toBe(2);
    expect(summary.total90Days).toBe(4);
    expect(summary.countsComplete).toBe(true);
  });

  it('keeps the newest interactions for the timeline, undated ones last', () => {
    const items = [
      item(1, T.emailOpened, 5),
      item(2, T.emailOpened, null),
      item(3, T.emailOpened, 1),
      item(4, T.emailOpened, 3),
    ];
    const summary = summarizeInteractions(items, { now: NOW, rowCap: 500, timelineSize: 3 });
    expect(summary.latest.map((entry) => entry.id)).toEqual(['id-3', 'id-4', 'id-1']);
    expect(summary.rowsRead).toBe(4);
  });

  it('flags the counts as partial when the row cap is reached inside the 90-day window', () => {
    const full = Array.from({ length: 10 }, (_, index) => item(index, T.emailOpened, index));
    expect(summarizeInteractions(full, { now: NOW, rowCap: 10, timelineSize: 5 }).countsComplete).toBe(false);
    const reachesOlder = [...full.slice(0, 9), item(99, T.emailOpened, 120)];
    expect(summarizeInteractions(reachesOlder, { now: NOW, rowCap: 10, timelineSize: 5 }).countsComplete).toBe(true);
  });

  it('counts an unknown type under its own row after the known ones', () => {
    const summary = summarizeInteractions([item(1, 999, 1), item(2, T.unsubscribed, 2)], {
      now: NOW,
      rowCap: 500,
      timelineSize: 20,
    });
    expect(summary.counts.map((row) => row.type)).toEqual([T.unsubscribed, 999]);
  });
});
