import { scoreLead, type ScoreReason, type ScoringModel, type WebApiRecord } from '../../../plugins/scoring';
import {
  ACCOUNT_ID,
  COLLEAGUE_ID,
  CONTACT,
  DECISION_MAKER,
  LEAD,
  NOW,
  daysAgo,
  interaction,
  many,
  testModel,
} from './fixtures';

interface Case {
  readonly name: string;
  readonly model?: ScoringModel;
  readonly contact?: WebApiRecord | null;
  readonly account?: WebApiRecord | null;
  readonly interactions: readonly WebApiRecord[];
  readonly score: number;
  readonly grade: string;
  readonly salesReady: boolean;
  readonly reasons: readonly ScoreReason[];
}

const reason = (
  ruleId: string,
  label: string,
  points: number,
  count: number,
  days: number | null,
  accountCount = 0,
) => ({
  ruleId,
  label,
  points,
  count,
  accountCount,
  lastOccurredOn: days === null ? null : daysAgo(days),
});

const cases: Case[] = [
  {
    name: 'no interactions, no field match',
    interactions: [],
    score: 0,
    grade: 'Cold',
    salesReady: false,
    reasons: [],
  },
  {
    name: "'each' sums every match; last date is the latest",
    interactions: [
      interaction('emailOpened', { days: 20 }),
      interaction('emailOpened', { days: 1 }),
      interaction('emailOpened', { days: 10 }),
    ],
    score: 6,
    grade: 'Cold',
    salesReady: false,
    reasons: [reason('opened', 'Email opened', 6, 3, 1)],
  },
  {
    name: 'withinDays: exactly 90 days old counts, 91 does not',
    interactions: [
      interaction('emailOpened', { days: 89 }),
      interaction('emailOpened', { days: 90 }),
      interaction('emailOpened', { days: 91 }),
    ],
    score: 4,
    grade: 'Cold',
    salesReady: false,
    reasons: [reason('opened', 'Email opened', 4, 2, 89)],
  },
  {
    name: 'old interactions beyond withinDays only: no reason at all',
    interactions: [interaction('emailOpened', { days: 200 }), interaction('emailOpened', { days: 400 })],
    score: 0,
    grade: 'Cold',
    salesReady: false,
    reasons: [],
  },
  {
    name: 'interactions after now are ignored; one exactly at now counts',
    interactions: [
      interaction('emailClicked', { days: -1 }),
      interaction('emailClicked', { days: -0.001 }),
      interaction('emailClicked', { days: 0 }),
    ],
    score: 5,
    grade: 'Cold',
    salesReady: false,
    reasons: [reason('clicked', 'Email clicked', 5, 1, 0)],
  },
  {
    name: "'once' scores once however many match, and reports every match",
    interactions: [
      interaction('websiteVisited', { days: 3, url: 'https://contoso.com/pricing' }),
      interaction('websiteVisited', { days: 2, url: 'https://contoso.com/pricing?plan=pro' }),
      interaction('websiteVisited', { days: 1, url: 'https://contoso.com/PRICING/enterprise' }),
    ],
    score: 10,
    grade: 'Cold',
    salesReady: false,
    reasons: [reason('pricing', 'Pricing page', 10, 3, 1)],
  },
  {
    name: 'url filters: a glob must match the whole URL, a substring anywhere; no URL never matches',
    interactions: [
      interaction('websiteVisited', { days: 1, url: 'https://contoso.com/about' }),
      interaction('websiteVisited', { days: 1, url: 'https://Docs.Contoso.com/start' }),
      interaction('websiteVisited', { days: 2, url: 'https://docs.contoso.com/pricing' }),
      interaction('websiteVisited', { days: 1 }),
    ],
    score: 12,
    grade: 'Cold',
    salesReady: false,
    reasons: [reason('pricing', 'Pricing page', 10, 1, 2), reason('docs', 'Read the docs', 2, 2, 1)],
  },
  {
    name: 'campaign filter matches case-insensitively as a substring',
    interactions: [
      interaction('eventRegistered', { days: 5, campaign: 'Spring Webinar 2026' }),
      interaction('eventRegistered', { days: 4, campaign: 'Contoso Ltd Conference' }),
      interaction('eventRegistered', { days: 3 }),
    ],
    score: 10,
    grade: 'Cold',
    salesReady: false,
    reasons: [reason('webinar', 'Webinar registration', 10, 1, 5)],
  },
  {
    name: 'maxPoints caps the rule total but count keeps every match',
    interactions: many('emailOpened', 7),
    score: 10,
    grade: 'Cold',
    salesReady: false,
    reasons: [reason('opened', 'Email opened', 10, 7, 1)],
  },
  {
    name: 'negative points lower the score; reasons sorted by points',
    contact: DECISION_MAKER,
    interactions: [
      ...many('emailClicked', 8),
      interaction('unsubscribed', { days: 2 }),
      interaction('unsubscribed', { days: 1 }),
    ],
    score: 25,
    grade: 'Cold',
    salesReady: false,
    reasons: [
      reason('clicked', 'Email clicked', 40, 8, 1),
      reason('decision-maker', 'Decision maker', 15, 1, null),
      reason('unsubscribed', 'Unsubscribed', -30, 2, 1),
    ],
  },
  {
    name: 'the score never goes below 0, but the reasons still show the penalty',
    interactions: [...many('emailClicked', 3), interaction('unsubscribed', { days: 1 })],
    score: 0,
    grade: 'Cold',
    salesReady: false,
    reasons: [reason('clicked', 'Email clicked', 15, 3, 1), reason('unsubscribed', 'Unsubscribed', -30, 1, 1)],
  },
  {
    name: 'a missing contact matches none of its field rules',
    contact: null,
    interactions: [],
    score: 0,
    grade: 'Cold',
    salesReady: false,
    reasons: [],
  },
  {
    name: 'account field rule: gt is strict (501 matches)',
    account: { accountid: ACCOUNT_ID, numberofemployees: 501 },
    interactions: [],
    score: 10,
    grade: 'Cold',
    salesReady: false,
    reasons: [reason('large-account', 'Large company', 10, 1, null)],
  },
  {
    name: 'account field rule: gt is strict (500 does not match)',
    account: { accountid: ACCOUNT_ID, numberofemployees: 500 },
    interactions: [],
    score: 0,
    grade: 'Cold',
    salesReady: false,
    reasons: [],
  },
  {
    name: 'one point below the threshold: Warm, not sales-ready',
    contact: DECISION_MAKER,
    interactions: [...many('emailClicked', 8), ...many('emailOpened', 2)],
    score: 59,
    grade: 'Warm',
    salesReady: false,
    reasons: [
      reason('clicked', 'Email clicked', 40, 8, 1),
      reason('decision-maker', 'Decision maker', 15, 1, null),
      reason('opened', 'Email opened', 4, 2, 1),
    ],
  },
  {
    name: 'exactly the threshold: Hot and sales-ready',
    contact: DECISION_MAKER,
    interactions: many('emailClicked', 9),
    score: 60,
    grade: 'Hot',
    salesReady: true,
    reasons: [reason('clicked', 'Email clicked', 45, 9, 1), reason('decision-maker', 'Decision maker', 15, 1, null)],
  },
  {
    name: 'equal points are ordered by rule id',
    interactions: [
      interaction('formSubmitted', { days: 1 }),
      interaction('eventRegistered', { days: 1, campaign: 'webinar' }),
      ...many('emailClicked', 4),
    ],
    score: 50,
    grade: 'Warm',
    salesReady: false,
    reasons: [
      reason('clicked', 'Email clicked', 20, 4, 1),
      reason('form', 'Form submitted', 20, 1, 1),
      reason('webinar', 'Webinar registration', 10, 1, 1),
    ],
  },
];

describe('scoreLead', () => {
  it.each(cases)('$name', (c) => {
    const result = scoreLead({
      model: c.model ?? testModel(),
      lead: LEAD,
      contact: c.contact === undefined ? CONTACT : c.contact,
      account: c.account ?? null,
      interactions: c.interactions,
      now: NOW,
    });
    expect(result.score).toBe(c.score);
    expect(result.grade).toBe(c.grade);
    expect(result.salesReady).toBe(c.salesReady);
    expect(result.reasons).toEqual(c.reasons);
  });

  it('returns the same result whatever order the interactions arrive in', () => {
    const model = testModel({ decay: { halfLifeDays: 60 } });
    const rows = [
      interaction('emailOpened', { days: 3 }),
      interaction('emailClicked', { days: 17 }),
      interaction('emailClicked', { days: 45 }),
      interaction('formSubmitted', { days: 33 }),
      interaction('websiteVisited', { days: 9, url: 'https://contoso.com/pricing' }),
      interaction('websiteVisited', { days: 9, url: 'https://contoso.com/pricing' }),
    ];
    const forward = scoreLead({ model, lead: LEAD, contact: CONTACT, interactions: rows, now: NOW });
    const backward = scoreLead({ model, lead: LEAD, contact: CONTACT, interactions: [...rows].reverse(), now: NOW });
    expect(backward).toEqual(forward);
    // 2·0.5^(3/60) + 5·0.5^(17/60) + 5·0.5^(45/60) + 20·0.5^(33/60) + 10·0.5^(9/60) = 31.69 → 32
    expect(forward.score).toBe(32);
  });

  it('ignores interactions without a valid date and counts a row listed twice once', () => {
    const row = interaction('emailClicked', { days: 1 });
    const undated = { ...interaction('emailClicked', { days: 1 }), leadlink_occurredon: 'not a date' };
    const result = scoreLead({
      model: testModel(),
      lead: LEAD,
      contact: CONTACT,
      interactions: [row, row, undated],
      now: NOW,
    });
    expect(result.score).toBe(5);
    expect(result.reasons).toEqual([reason('clicked', 'Email clicked', 5, 1, 1)]);
  });

  it('reports scoredOn as now and leaves the Rating alone unless the model maps it', () => {
    const result = scoreLead({ model: testModel(), lead: LEAD, contact: CONTACT, interactions: [], now: NOW });
    expect(result.scoredOn).toBe('2026-06-01T00:00:00.000Z');
    expect(result.rating).toBeNull();
  });

  it('maps the grade onto the Rating when the model says so (Hot 1, Warm 2, Cold 3)', () => {
    const model = testModel({ mapGradeToRating: true });
    const rate = (clicks: number) =>
      scoreLead({ model, lead: LEAD, contact: CONTACT, interactions: many('emailClicked', clicks), now: NOW }).rating;
    expect([rate(0), rate(6), rate(12)]).toEqual([3, 2, 1]);
  });

  it('throws a clear error for an invalid now', () => {
    expect(() => scoreLead({ model: testModel(), lead: LEAD, interactions: [], now: new Date('nope') })).toThrow(
      'scoreLead: `now` is not a valid date',
    );
  });
});

describe('scoreLead grades at their boundaries', () => {
  // One point per click, so n clicks score exactly n.
  const model = testModel({
    rules: [{ id: 'clicked', label: 'Email clicked', interactionType: 'emailClicked', points: 1 }],
    fieldRules: [],
  });
  it.each([
    [0, 'Cold', false],
    [29, 'Cold', false],
    [30, 'Warm', false],
    [59, 'Warm', false],
    [60, 'Hot', true],
    [61, 'Hot', true],
  ])('%i points → %s, sales-ready %s', (clicks, grade, salesReady) => {
    const result = scoreLead({
      model,
      lead: LEAD,
      contact: CONTACT,
      interactions: many('emailClicked', clicks),
      now: NOW,
    });
    expect(result.score).toBe(clicks);
    expect(result.grade).toBe(grade);
    expect(result.salesReady).toBe(salesReady);
    expect(result.reachedThreshold).toBe(salesReady);
  });
});

describe('scoreLead decay', () => {
  const model = testModel({ decay: { halfLifeDays: 60 } });
  const score = (rows: readonly WebApiRecord[]) =>
    scoreLead({ model, lead: LEAD, contact: CONTACT, interactions: rows, now: NOW });

  it('halves the points exactly at one half-life and quarters them at two', () => {
    expect(score([interaction('formSubmitted', { days: 0 })]).score).toBe(20);
    expect(score([interaction('formSubmitted', { days: 60 })]).score).toBe(10);
    expect(score([interaction('formSubmitted', { days: 120 })]).score).toBe(5);
  });

  it('sums unrounded decayed points and rounds once, half away from zero', () => {
    // 5 × 0.5 = 2.5 → 3 on its own; two of them make exactly 5.
    expect(score([interaction('emailClicked', { days: 60 })]).score).toBe(3);
    expect(score([interaction('emailClicked', { days: 60 }), interaction('emailClicked', { days: 60 })]).score).toBe(5);
    // 5 × 0.25 = 1.25 → 1.
    expect(score([interaction('emailClicked', { days: 120 })]).score).toBe(1);
  });

  it("uses the latest match for a 'once' rule", () => {
    const result = score([
      interaction('websiteVisited', { days: 120, url: 'https://contoso.com/pricing' }),
      interaction('websiteVisited', { days: 60, url: 'https://contoso.com/pricing' }),
    ]);
    expect(result.reasons).toEqual([reason('pricing', 'Pricing page', 5, 2, 60)]);
  });

  it('caps the decayed total and does not decay field rules', () => {
    const result = scoreLead({
      model,
      lead: LEAD,
      contact: DECISION_MAKER,
      interactions: many('emailOpened', 10, 0),
      now: NOW,
    });
    expect(result.reasons).toEqual([
      reason('decision-maker', 'Decision maker', 15, 1, null),
      reason('opened', 'Email opened', 10, 10, 0),
    ]);
    expect(result.score).toBe(25);
  });

  it('rounds a decayed negative rule half away from zero', () => {
    // −30 × 0.5 = −15 exactly; −30 × 0.5^(30/60) = −21.21… → −21.
    expect(score([...many('emailClicked', 10), interaction('unsubscribed', { days: 30 })]).reasons).toContainEqual(
      reason('unsubscribed', 'Unsubscribed', -21, 1, 30),
    );
  });
});

describe('scoreLead account-based', () => {
  const account = { accountid: ACCOUNT_ID, numberofemployees: 10 };
  const own = [interaction('emailClicked', { days: 1, id: 'aaaaaaaa-0000-0000-0000-00000000000a' })];
  const colleague = [
    interaction('formSubmitted', { days: 2, contactId: COLLEAGUE_ID }),
    interaction('emailClicked', { days: 3, contactId: COLLEAGUE_ID }),
  ];
  // The caller may pass every interaction of the account, including the lead's own contact's.
  const accountRows = [...colleague, ...own, interaction('emailClicked', { days: 4 })];

  const run = (accountBased: boolean, withAccount = true) =>
    scoreLead({
      model: testModel({ accountBased }),
      lead: LEAD,
      contact: CONTACT,
      account: withAccount ? account : null,
      interactions: own,
      accountInteractions: accountRows,
      now: NOW,
    });

  it('counts the other contacts’ interactions when the model is account-based', () => {
    const result = run(true);
    expect(result.score).toBe(30);
    expect(result.reasons).toEqual([
      reason('form', 'Form submitted', 20, 1, 2, 1),
      reason('clicked', 'Email clicked', 10, 2, 1, 1),
    ]);
  });

  it('ignores them when the model is not account-based', () => {
    const result = run(false);
    expect(result.score).toBe(5);
    expect(result.reasons).toEqual([reason('clicked', 'Email clicked', 5, 1, 1)]);
  });

  it('ignores them when the lead has no account', () => {
    expect(run(true, false).score).toBe(5);
  });
});
