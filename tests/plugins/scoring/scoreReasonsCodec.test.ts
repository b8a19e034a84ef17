import { LEAD_SCORE_COLUMNS, LEAD_CUSTOM_COLUMNS } from '../../../schema/leadlink';
import {
  MAX_LANGUAGES,
  MAX_STORED_REASONS,
  ScoreReasonsError,
  decodeScoreReasons,
  encodeScoreReasons,
  type ScoreReason,
} from '../../../plugins/scoring';

const clicked: ScoreReason = {
  ruleId: 'email-clicked',
  label: 'Clicked a link in a marketing email',
  points: 15,
  count: 3,
  accountCount: 0,
  lastOccurredOn: '2026-05-01T10:00:00.000Z',
};
const decisionMaker: ScoreReason = {
  ruleId: 'decision-maker',
  label: 'Decision maker',
  points: 15,
  count: 1,
  accountCount: 0,
  lastOccurredOn: null,
};
const colleagues: ScoreReason = {
  ...clicked,
  ruleId: 'form',
  label: 'Submitted a form',
  points: 30,
  count: 2,
  accountCount: 1,
};

describe('encodeScoreReasons', () => {
  it('writes versioned JSON with short keys, leaving out empty parts', () => {
    expect(encodeScoreReasons([colleagues, clicked, decisionMaker])).toBe(
      '{"v":1,"r":[' +
        '{"i":"form","l":"Submitted a form","p":30,"c":2,"a":1,"d":"2026-05-01T10:00:00.000Z"},' +
        '{"i":"email-clicked","l":"Clicked a link in a marketing email","p":15,"c":3,"d":"2026-05-01T10:00:00.000Z"},' +
        '{"i":"decision-maker","l":"Decision maker","p":15,"c":1}]}',
    );
    expect(encodeScoreReasons([])).toBe('{"v":1,"r":[]}');
  });

  it(`keeps the first ${MAX_STORED_REASONS} reasons and counts the rest`, () => {
    const reasons = Array.from({ length: 25 }, (_, i) => ({ ...decisionMaker, ruleId: `rule-${i}` }));
    const decoded = decodeScoreReasons(encodeScoreReasons(reasons));
    expect(decoded.reasons).toEqual(reasons.slice(0, 20));
    expect(decoded.omitted).toBe(5);
  });

  it('stays far below the column limit in the worst case', () => {
    const worst: ScoreReason = {
      ruleId: 'x'.repeat(500),
      label: '"\\'.repeat(500),
      points: -2147483648,
      count: 2147483647,
      accountCount: 2147483647,
      lastOccurredOn: '+275760-09-13T00:00:00.000Z',
    };
    const text = encodeScoreReasons(Array.from({ length: 1000 }, () => worst));
    const column = LEAD_CUSTOM_COLUMNS.find((c) => c.name === LEAD_SCORE_COLUMNS.scoreReasons);
    expect(text.length).toBeLessThan(8000);
    expect(column?.maxLength).toBe(100000);
    // Ids and labels are cut to the model's limits (64 and 100 characters).
    expect(decodeScoreReasons(text).reasons[0]?.ruleId).toHaveLength(64);
    expect(decodeScoreReasons(text).reasons[0]?.label).toHaveLength(100);
    // With a label in every language a model may list, still well inside the column.
    const translations = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [String(1025 + i), '"\\'.repeat(500)]),
    );
    const multilingual = encodeScoreReasons(Array.from({ length: 1000 }, () => ({ ...worst, translations })));
    expect(multilingual.length).toBeLessThan(75000);
    const stored = decodeScoreReasons(multilingual).reasons[0]?.translations ?? {};
    expect(Object.keys(stored)).toHaveLength(MAX_LANGUAGES - 1);
    expect(Object.values(stored).every((text) => text.length === 100)).toBe(true);
  });
});

describe('labels in other languages', () => {
  const multilingual: ScoreReason = { ...clicked, translations: { 1028: '點選了連結', 1066: 'Đã nhấp vào liên kết' } };

  it('are stored under "L", left out when a rule has none, and read back', () => {
    const text = encodeScoreReasons([multilingual, decisionMaker]);
    expect(text).toContain(
      '"l":"Clicked a link in a marketing email","L":{"1028":"點選了連結","1066":"Đã nhấp vào liên kết"}',
    );
    expect(decodeScoreReasons(text).reasons).toEqual([multilingual, decisionMaker]);
  });

  it('reasons stored before labels had languages read as they always did', () => {
    const old = '{"v":1,"r":[{"i":"decision-maker","l":"Decision maker","p":15,"c":1}],"s":60}';
    expect(decodeScoreReasons(old).reasons).toEqual([decisionMaker]);
  });

  it('rejects labels by language that are not texts', () => {
    expect(() => decodeScoreReasons('{"v":1,"r":[{"i":"a","l":"x","L":{"1028":5},"p":1,"c":1}]}')).toThrow(
      new ScoreReasonsError('Stored score reason 0 has invalid labels by language "L"'),
    );
  });
});

describe('decodeScoreReasons', () => {
  it('round-trips what it encoded', () => {
    expect(decodeScoreReasons(encodeScoreReasons([colleagues, clicked, decisionMaker]))).toEqual({
      reasons: [colleagues, clicked, decisionMaker],
      omitted: 0,
    });
  });

  it.each([
    ['{"v":1,', 'The stored score reasons are not JSON'],
    ['[1]', 'The stored score reasons are not a JSON object'],
    ['{"v":2,"r":[]}', 'The stored score reasons have version 2; this version reads 1'],
    ['{"v":1}', 'The stored score reasons have no list "r"'],
    ['{"v":1,"r":[],"m":-1}', 'The stored score reasons have an invalid "m" (reasons left off)'],
    ['{"v":1,"r":[{"l":"x","p":1,"c":1}]}', 'Stored score reason 0 has no rule id "i"'],
    [
      '{"v":1,"r":[{"i":"a","l":"x","p":1,"c":1},{"i":"b","l":"x","p":"1","c":1}]}',
      'Stored score reason 1 has no points "p"',
    ],
    ['{"v":1,"r":[{"i":"a","l":"x","p":1,"c":1.5}]}', 'Stored score reason 0 has no count "c"'],
    ['{"v":1,"r":[{"i":"a","l":"x","p":1,"c":1,"d":"yesterday"}]}', 'Stored score reason 0 has an invalid date "d"'],
  ])('rejects %s', (text, message) => {
    expect(() => decodeScoreReasons(text)).toThrow(new ScoreReasonsError(message));
  });
});

describe('the sales-ready score stored with the reasons', () => {
  it('round-trips when given and is absent otherwise', () => {
    const reasons = [
      {
        ruleId: 'form',
        label: 'Form submitted',
        points: 15,
        count: 1,
        accountCount: 0,
        lastOccurredOn: '2026-05-01T10:00:00.000Z',
      },
    ];
    expect(decodeScoreReasons(encodeScoreReasons(reasons, 60)).salesReadyScore).toBe(60);
    expect(JSON.parse(encodeScoreReasons(reasons)) as object).not.toHaveProperty('s');
    expect(decodeScoreReasons(encodeScoreReasons(reasons)).salesReadyScore).toBeUndefined();
  });

  it('rejects a stored sales-ready score that is not a number', () => {
    expect(() => decodeScoreReasons('{"v":1,"r":[],"s":"sixty"}')).toThrow(/"s"/);
  });
});
