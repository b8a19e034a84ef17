import { interactionWindow } from '../../../plugins/rescoring/load/interactionWindow';
import { DEFAULT_SCORING_MODEL, type ScoringModel } from '../../../plugins/scoring';
import { INTERACTION_TYPE } from '../../../schema/leadlink';

const NOW = new Date('2026-05-10T12:00:00Z');

describe('interactionWindow', () => {
  it('reads every interaction type a rule names, and no date limit when a rule has no window', () => {
    // The default model's unsubscribe rule counts however old it is.
    expect(interactionWindow(DEFAULT_SCORING_MODEL, NOW)).toEqual({
      types: Object.values(INTERACTION_TYPE).sort((a, b) => a - b),
      since: undefined,
    });
  });

  it('limits the date to the widest window plus a day when every rule has one', () => {
    const model: ScoringModel = {
      ...DEFAULT_SCORING_MODEL,
      rules: DEFAULT_SCORING_MODEL.rules.filter((rule) => rule.withinDays !== undefined),
    };
    const window = interactionWindow(model, NOW);
    expect(window.since).toEqual(new Date('2025-05-09T12:00:00Z')); // 365 + 1 days earlier
    expect(window.types).not.toContain(INTERACTION_TYPE.unsubscribed);
  });

  it('reads nothing for a model without behaviour rules', () => {
    expect(interactionWindow({ ...DEFAULT_SCORING_MODEL, rules: [] }, NOW)).toEqual({ types: [], since: undefined });
  });
});
