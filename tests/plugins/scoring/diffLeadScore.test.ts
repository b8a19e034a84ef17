import { LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { diffLeadScore, encodeScoreReasons, scoreLead, type WebApiRecord } from '../../../plugins/scoring';
import { CONTACT, DECISION_MAKER, LEAD, NOW, many, testModel } from './fixtures';

const C = LEAD_SCORE_COLUMNS;

describe('diffLeadScore', () => {
  const model = testModel();
  const hot = scoreLead({
    model,
    lead: LEAD,
    contact: DECISION_MAKER,
    interactions: many('emailClicked', 9),
    now: NOW,
  });

  it('writes every score column of a lead never scored, with the scoring time', () => {
    expect(diffLeadScore(LEAD, hot)).toEqual({
      [C.score]: 60,
      [C.grade]: 'Hot',
      [C.salesReady]: true,
      [C.scoreReasons]: encodeScoreReasons(hot.reasons, hot.salesReadyScore),
      [C.scoredOn]: '2026-06-01T00:00:00.000Z',
    });
  });

  it('returns null when nothing changed, even though the scoring time did', () => {
    const stored: WebApiRecord = {
      ...LEAD,
      [C.score]: 60,
      [C.grade]: 'Hot',
      [C.salesReady]: true,
      [C.scoreReasons]: encodeScoreReasons(hot.reasons, hot.salesReadyScore),
      [C.scoredOn]: '2026-05-01T00:00:00Z',
      [C.returnedToMarketing]: false,
      [C.returnedAtScore]: null,
    };
    expect(diffLeadScore(stored, hot)).toBeNull();
  });

  it('treats an unset flag as No: a cold lead never scored writes no sales-ready column', () => {
    const cold = scoreLead({ model, lead: LEAD, contact: CONTACT, interactions: [], now: NOW });
    expect(diffLeadScore(LEAD, cold)).toEqual({
      [C.score]: 0,
      [C.grade]: 'Cold',
      [C.scoreReasons]: '{"v":1,"r":[],"s":60}',
      [C.scoredOn]: '2026-06-01T00:00:00.000Z',
    });
  });

  it('writes only the reasons when only they changed', () => {
    const stored = {
      ...LEAD,
      [C.score]: 60,
      [C.grade]: 'Hot',
      [C.salesReady]: true,
      [C.scoreReasons]: '{"v":1,"r":[],"s":60}',
    };
    expect(diffLeadScore(stored, hot)).toEqual({
      [C.scoreReasons]: encodeScoreReasons(hot.reasons, hot.salesReadyScore),
      [C.scoredOn]: '2026-06-01T00:00:00.000Z',
    });
  });

  it('writes the Rating only when the model maps grades onto it', () => {
    const stored = {
      ...LEAD,
      [C.score]: 60,
      [C.grade]: 'Hot',
      [C.salesReady]: true,
      [C.scoreReasons]: encodeScoreReasons(hot.reasons, hot.salesReadyScore),
      leadqualitycode: 3,
    };
    expect(diffLeadScore(stored, hot)).toBeNull();
    const mapped = scoreLead({
      model: testModel({ mapGradeToRating: true }),
      lead: stored,
      contact: DECISION_MAKER,
      interactions: many('emailClicked', 9),
      now: NOW,
    });
    expect(diffLeadScore(stored, mapped)).toEqual({ leadqualitycode: 1, [C.scoredOn]: '2026-06-01T00:00:00.000Z' });
    expect(diffLeadScore({ ...stored, leadqualitycode: 1 }, mapped)).toBeNull();
  });

  it('clears the returned flag and baseline when a returned lead earns its way back', () => {
    const returned = {
      ...LEAD,
      [C.score]: 30,
      [C.grade]: 'Warm',
      [C.returnedToMarketing]: true,
      [C.returnedAtScore]: 40,
    };
    const result = scoreLead({
      model,
      lead: returned,
      contact: DECISION_MAKER,
      interactions: many('emailClicked', 9),
      now: NOW,
    });
    expect(result.becameSalesReady).toBe(true);
    expect(diffLeadScore(returned, result)).toEqual({
      [C.score]: 60,
      [C.grade]: 'Hot',
      [C.salesReady]: true,
      [C.scoreReasons]: encodeScoreReasons(result.reasons, result.salesReadyScore),
      [C.returnedToMarketing]: false,
      [C.returnedAtScore]: null,
      [C.scoredOn]: '2026-06-01T00:00:00.000Z',
    });
  });

  it('un-readies a lead sales just returned, and records its baseline', () => {
    const stored = {
      ...LEAD,
      [C.score]: 60,
      [C.grade]: 'Hot',
      [C.salesReady]: true,
      [C.scoreReasons]: encodeScoreReasons(hot.reasons, hot.salesReadyScore),
      [C.returnedToMarketing]: true,
    };
    const result = scoreLead({
      model,
      lead: stored,
      contact: DECISION_MAKER,
      interactions: many('emailClicked', 9),
      now: NOW,
    });
    expect(result.becameSalesReady).toBe(false);
    expect(diffLeadScore(stored, result)).toEqual({
      [C.salesReady]: false,
      [C.returnedAtScore]: 60,
      [C.scoredOn]: '2026-06-01T00:00:00.000Z',
    });
  });
});
