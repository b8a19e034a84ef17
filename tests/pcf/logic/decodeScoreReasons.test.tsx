import { decodeScoreReasons } from '../../../pcf-controls/MarketingInsightsPanel/logic/decodeScoreReasons';
import { encodeScoreReasons } from '../../../plugins/scoring/storage/scoreReasonsCodec';

describe('decodeScoreReasons', () => {
  it('reads short keys and the sales-ready score stored alongside, largest effect first', () => {
    const decoded = decodeScoreReasons(
      JSON.stringify({
        srs: 60,
        r: [
          { i: 'open', l: 'Opened an email', p: 5, c: 3, t: '2025-01-02T10:00:00Z' },
          { i: 'title', l: 'Decision maker', p: 30, c: 1 },
          { i: 'unsub', l: 'Unsubscribed', p: -40, c: 1, t: 1735812000000 },
        ],
      }),
    );
    expect(decoded.status).toBe('ok');
    expect(decoded.salesReadyScore).toBe(60);
    expect(decoded.reasons.map((reason) => reason.label)).toEqual([
      'Unsubscribed',
      'Decision maker',
      'Opened an email',
    ]);
    expect(decoded.reasons[2]).toEqual({
      ruleId: 'open',
      label: 'Opened an email',
      points: 5,
      count: 3,
      accountCount: 0,
      lastOccurredOn: new Date('2025-01-02T10:00:00Z'),
    });
    expect(decoded.reasons[0]?.lastOccurredOn?.getTime()).toBe(1735812000000);
  });

  it('reads what the scoring engine stores, including account counts and reasons it left off', () => {
    const reasons = Array.from({ length: 22 }, (_, index) => ({
      ruleId: `rule-${index}`,
      label: `Rule ${index}`,
      points: 30 - index,
      count: index + 1,
      accountCount: index === 0 ? 1 : 0,
      lastOccurredOn: index === 0 ? '2026-05-01T10:00:00.000Z' : null,
    }));
    const decoded = decodeScoreReasons(encodeScoreReasons(reasons));
    expect(decoded).toMatchObject({ status: 'ok', skipped: 0, salesReadyScore: null });
    expect(decoded.omitted).toBe(2);
    expect(decoded.reasons).toHaveLength(20);
    expect(decoded.reasons[0]).toEqual({
      ruleId: 'rule-0',
      label: 'Rule 0',
      points: 30,
      count: 1,
      accountCount: 1,
      lastOccurredOn: new Date('2026-05-01T10:00:00.000Z'),
    });
    expect(decoded.reasons[1]).toMatchObject({ accountCount: 0, lastOccurredOn: null });
  });

  it('reads a bare list with long keys', () => {
    const decoded = decodeScoreReasons(
      JSON.stringify([
        { ruleId: 'visit', label: 'Visited pricing', points: 12.5, count: 2, lastOccurredOn: '2025-03-01' },
      ]),
    );
    expect(decoded).toMatchObject({ status: 'ok', salesReadyScore: null, skipped: 0 });
    expect(decoded.reasons[0]).toMatchObject({ ruleId: 'visit', label: 'Visited pricing', points: 12.5, count: 2 });
  });

  it('falls back to the rule id when a reason has no label, and skips entries it cannot read', () => {
    const decoded = decodeScoreReasons(
      JSON.stringify({ reasons: [{ ruleId: 'r1', points: 4 }, 'junk', { points: 3 }, null] }),
    );
    expect(decoded.reasons).toHaveLength(1);
    expect(decoded.reasons[0]?.label).toBe('r1');
    expect(decoded.skipped).toBe(3);
  });

  it('keeps the engine order for equal effects', () => {
    const decoded = decodeScoreReasons(
      JSON.stringify([
        { l: 'first', p: 5 },
        { l: 'second', p: -5 },
        { l: 'third', p: 5 },
      ]),
    );
    expect(decoded.reasons.map((reason) => reason.label)).toEqual(['first', 'second', 'third']);
  });

  it('ignores unreadable numbers and dates instead of inventing values', () => {
    const decoded = decodeScoreReasons(JSON.stringify([{ l: 'odd', p: 'many', c: -2, t: 'not a date' }]));
    expect(decoded.reasons[0]).toMatchObject({ points: null, count: 0, lastOccurredOn: null });
  });

  it.each([
    [null, 'none'],
    ['', 'none'],
    ['   ', 'none'],
    ['{not json', 'unreadable'],
    ['42', 'unreadable'],
    ['{"score": 5}', 'unreadable'],
  ])('reports %p as %s', (raw, status) => {
    const decoded = decodeScoreReasons(raw);
    expect(decoded.status).toBe(status);
    expect(decoded.reasons).toEqual([]);
  });
});
