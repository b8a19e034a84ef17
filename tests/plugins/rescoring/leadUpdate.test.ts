import { leadUpdate } from '../../../plugins/rescoring/score/leadUpdate';
import { DEFAULT_SCORING_MODEL, encodeScoreReasons, scoreLead } from '../../../plugins/scoring';
import { LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';

const NOW = new Date('2026-05-10T12:00:00Z');
const LEAD_ID = 'aaaaaaaa-0000-0000-0000-000000000001';
const decisionMaker = { contactid: 'cccccccc-0000-0000-0000-000000000001', accountrolecode: 1 };

function scored(lead: Record<string, unknown>) {
  return scoreLead({ model: DEFAULT_SCORING_MODEL, lead, contact: decisionMaker, interactions: [], now: NOW });
}

describe('leadUpdate', () => {
  it('writes nothing when the stored score already says the same', () => {
    const result = scored({ leadid: LEAD_ID });
    const stored = {
      leadid: LEAD_ID,
      [LEAD_SCORE_COLUMNS.score]: 15,
      [LEAD_SCORE_COLUMNS.grade]: 'Cold',
      [LEAD_SCORE_COLUMNS.salesReady]: false,
      [LEAD_SCORE_COLUMNS.scoreReasons]: encodeScoreReasons(result.reasons, result.salesReadyScore),
      [LEAD_SCORE_COLUMNS.scoredOn]: '2026-05-01T00:00:00Z',
    };
    expect(leadUpdate(LEAD_ID, stored, scored(stored))).toBeNull();
  });

  it('writes the computed columns together with what changed, and the key', () => {
    const stored = {
      leadid: LEAD_ID,
      [LEAD_SCORE_COLUMNS.score]: 15,
      [LEAD_SCORE_COLUMNS.grade]: 'Cold',
      [LEAD_SCORE_COLUMNS.salesReady]: false,
    };
    const update = leadUpdate(LEAD_ID, stored, scored(stored));
    expect(update).toEqual({
      leadid: LEAD_ID,
      [LEAD_SCORE_COLUMNS.score]: 15,
      [LEAD_SCORE_COLUMNS.grade]: 'Cold',
      [LEAD_SCORE_COLUMNS.scoreReasons]:
        '{"v":1,"r":[{"i":"decision-maker","l":"Decision maker","L":{"1028":"決策者","1066":"Người ra quyết định"},"p":15,"c":1}],"s":60}',
      [LEAD_SCORE_COLUMNS.scoredOn]: '2026-05-10T12:00:00.000Z',
    });
  });

  it('leaves the returned-to-marketing flag alone unless scoring changes it', () => {
    const stored = { leadid: LEAD_ID, [LEAD_SCORE_COLUMNS.returnedToMarketing]: true, [LEAD_SCORE_COLUMNS.score]: 15 };
    const update = leadUpdate(LEAD_ID, stored, scored(stored));
    expect(update).not.toBeNull();
    expect(update).not.toHaveProperty(LEAD_SCORE_COLUMNS.returnedToMarketing);
    // The first scoring after a return records the baseline.
    expect(update?.[LEAD_SCORE_COLUMNS.returnedAtScore]).toBe(15);
  });
});
