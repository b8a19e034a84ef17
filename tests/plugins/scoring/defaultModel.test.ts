import {
  DEFAULT_SCORING_MODEL,
  DEFAULT_SCORING_MODEL_JSON,
  ENV_VAR_VALUE_MAX_LENGTH,
  parseScoringModel,
  scoreLead,
  scoringColumns,
} from '../../../plugins/scoring';
import { CONTACT, DECISION_MAKER, LEAD, NOW, interaction, many } from './fixtures';

describe('the default model', () => {
  it('no longer fits in an environment variable value, and reads back as itself from its web resource text', () => {
    expect(DEFAULT_SCORING_MODEL_JSON.length).toBeGreaterThan(ENV_VAR_VALUE_MAX_LENGTH);
    expect(parseScoringModel(DEFAULT_SCORING_MODEL_JSON)).toEqual(DEFAULT_SCORING_MODEL);
  });

  it('labels every rule in English, Traditional Chinese and Vietnamese, English first', () => {
    expect(DEFAULT_SCORING_MODEL.languages).toEqual([1033, 1028, 1066]);
    for (const rule of [...DEFAULT_SCORING_MODEL.rules, ...DEFAULT_SCORING_MODEL.fieldRules]) {
      expect(typeof rule.label === 'object' ? Object.keys(rule.label).sort() : rule.label).toEqual([
        '1028',
        '1033',
        '1066',
      ]);
    }
    const result = scoreLead({
      model: DEFAULT_SCORING_MODEL,
      lead: LEAD,
      contact: DECISION_MAKER,
      interactions: [],
      now: NOW,
    });
    expect(result.reasons).toEqual([
      expect.objectContaining({
        ruleId: 'decision-maker',
        label: 'Decision maker',
        translations: { 1028: '決策者', 1066: 'Người ra quyết định' },
      }),
    ]);
  });

  it('leaves a contact who opened a few emails Cold', () => {
    const result = scoreLead({
      model: DEFAULT_SCORING_MODEL,
      lead: LEAD,
      contact: CONTACT,
      interactions: many('emailOpened', 3, 0),
      now: NOW,
    });
    expect([result.score, result.grade, result.salesReady]).toEqual([6, 'Cold', false]);
  });

  it('makes an engaged decision maker who looked at pricing Hot and sales-ready', () => {
    const interactions = [
      ...many('emailClicked', 2, 0),
      interaction('websiteVisited', { days: 0, url: 'https://www.contoso.com/pricing' }),
      interaction('formSubmitted', { days: 0 }),
    ];
    const result = scoreLead({
      model: DEFAULT_SCORING_MODEL,
      lead: LEAD,
      contact: DECISION_MAKER,
      interactions,
      now: NOW,
    });
    // 10 clicks + 3 visit + 10 pricing + 15 form + 15 decision maker
    expect([result.score, result.grade, result.salesReady, result.becameSalesReady]).toEqual([
      53,
      'Warm',
      false,
      false,
    ]);
    const more = scoreLead({
      model: DEFAULT_SCORING_MODEL,
      lead: LEAD,
      contact: DECISION_MAKER,
      interactions: [...interactions, interaction('eventRegistered', { days: 0 })],
      now: NOW,
    });
    expect([more.score, more.grade, more.salesReady, more.becameSalesReady]).toEqual([63, 'Hot', true, true]);
  });

  it('cancels out a lot of engagement when the contact unsubscribes', () => {
    const interactions = [...many('emailOpened', 5, 0), interaction('unsubscribed', { days: 0 })];
    const result = scoreLead({ model: DEFAULT_SCORING_MODEL, lead: LEAD, contact: CONTACT, interactions, now: NOW });
    expect(result.score).toBe(0);
  });

  it('names the columns to select for it', () => {
    expect(scoringColumns(DEFAULT_SCORING_MODEL)).toEqual({
      lead: [
        'leadid',
        '_parentcontactid_value',
        '_parentaccountid_value',
        'leadqualitycode',
        'leadlink_score',
        'leadlink_grade',
        'leadlink_salesready',
        'leadlink_scoredon',
        'leadlink_scorereasons',
        'leadlink_returnedtomarketing',
        'leadlink_returnedatscore',
      ],
      contact: ['contactid', 'accountrolecode'],
      account: [],
      interaction: [
        'leadlink_interactionid',
        '_leadlink_contactid_value',
        'leadlink_type',
        'leadlink_occurredon',
        'leadlink_url',
        'leadlink_campaign',
      ],
    });
  });
});
