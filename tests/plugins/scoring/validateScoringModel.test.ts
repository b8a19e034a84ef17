import {
  DEFAULT_SCORING_MODEL,
  ScoringModelError,
  formatProblem,
  validateScoringModel,
} from '../../../plugins/scoring';
import { TEST_MODEL_JSON } from './fixtures';

/** The problems a model has, as "path: message" lines; fails the test if the model is accepted. */
function problemsOf(json: unknown): string[] {
  try {
    validateScoringModel(json);
  } catch (error) {
    if (error instanceof ScoringModelError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('the model was accepted');
}

const withGrades = (grades: unknown, extra: Record<string, unknown> = {}) => ({ ...TEST_MODEL_JSON, grades, ...extra });

describe('validateScoringModel accepts', () => {
  it('the default model, unchanged', () => {
    expect(validateScoringModel(DEFAULT_SCORING_MODEL)).toEqual(DEFAULT_SCORING_MODEL);
  });

  it('a minimal model, filling in the documented defaults without touching the input', () => {
    const input = {
      rules: [{ id: 'clicked', label: 'Email clicked', interactionType: 'emailClicked', points: 5 }],
      grades: [{ name: 'All', min: 0 }],
      salesReadyScore: 50,
    };
    const snapshot = structuredClone(input);
    expect(validateScoringModel(input)).toEqual({
      languages: [1033],
      rules: [{ id: 'clicked', label: 'Email clicked', interactionType: 'emailClicked', points: 5, frequency: 'each' }],
      fieldRules: [],
      grades: [{ name: 'All', min: 0 }],
      salesReadyScore: 50,
      accountBased: false,
      returnToMarketing: { requiredNewPoints: 20 },
      mapGradeToRating: false,
      createTaskWhenSalesReady: false,
    });
    expect(input).toEqual(snapshot);
  });
});

describe('validateScoringModel reports', () => {
  it('every schema problem of a rule, each with its path', () => {
    const rules = [
      TEST_MODEL_JSON.rules[0],
      TEST_MODEL_JSON.rules[1],
      {
        id: 'bad',
        label: 'Bad',
        interactionType: 'emailOpen',
        points: 2.5,
        frequency: 'always',
        withinDays: 0,
        maxPoints: 0,
        colour: 'red',
      },
    ];
    expect(problemsOf({ ...TEST_MODEL_JSON, rules })).toEqual([
      'rules[2].colour: is not a known setting (known: id, label, interactionType, url, campaign, points, frequency, withinDays, maxPoints)',
      'rules[2].interactionType: unknown interaction type "emailOpen"; allowed: emailOpened, emailClicked, websiteVisited, formSubmitted, eventRegistered, eventCheckedIn, unsubscribed',
      'rules[2].points: must be an integer',
      'rules[2].frequency: unknown frequency "always"; allowed: each, once',
      'rules[2].withinDays: must be greater than 0',
      'rules[2].maxPoints: must be at least 1',
    ]);
  });

  it('missing settings and wrong types at the top level', () => {
    expect(problemsOf({ rules: {}, salesReadyScore: '60', decay: { halfLifeDays: 0 }, accountBased: 'yes' })).toEqual([
      'grades: is required',
      'rules: must be a list',
      'salesReadyScore: must be a number',
      'decay.halfLifeDays: must be greater than 0',
      'accountBased: must be true or false',
    ]);
  });

  it('a model that is not an object', () => {
    expect(problemsOf([1, 2])).toEqual(['the scoring model must be an object']);
  });

  it('a sales-ready score of 0, ids and labels that cannot be stored', () => {
    const rules = [{ id: 'has space', label: 'Two\nlines', interactionType: 'emailClicked', points: 1 }];
    expect(problemsOf({ ...TEST_MODEL_JSON, rules, salesReadyScore: 0 })).toEqual([
      "rules[0].id: must start with a letter or digit and contain only letters, digits, '.', '_' and '-'",
      'rules[0].label: must not contain line breaks or other control characters',
      'salesReadyScore: must be greater than 0',
    ]);
  });

  it('rule ids used twice, across behaviour and field rules', () => {
    const fieldRules = [
      { id: 'clicked', label: 'Clash', entity: 'lead', column: 'subject', operator: 'notnull', points: 1 },
      { id: 'dm', label: 'DM', entity: 'contact', column: 'accountrolecode', operator: 'eq', value: 1, points: 15 },
      {
        id: 'dm',
        label: 'DM again',
        entity: 'contact',
        column: 'accountrolecode',
        operator: 'eq',
        value: 1,
        points: 15,
      },
    ];
    expect(problemsOf({ ...TEST_MODEL_JSON, fieldRules })).toEqual([
      'fieldRules[0].id: "clicked" is already the id of rules[1]',
      'fieldRules[2].id: "dm" is already the id of fieldRules[1]',
    ]);
  });

  it('field rule values that do not fit their operator, and unknown entities and columns', () => {
    const rule = { label: 'x', entity: 'contact', column: 'accountrolecode', points: 1 };
    const fieldRules = [
      { ...rule, id: 'a', operator: 'eq' },
      { ...rule, id: 'b', operator: 'notnull', value: 1 },
      { ...rule, id: 'c', operator: 'in', value: [] },
      { ...rule, id: 'd', operator: 'gt', value: '5' },
      { ...rule, id: 'e', operator: 'contains', value: 3 },
      { ...rule, id: 'f', operator: 'like', value: 1 },
      { ...rule, id: 'g', operator: 'eq', value: 1, entity: 'opportunity', column: 'AccountRoleCode' },
    ];
    expect(problemsOf({ ...TEST_MODEL_JSON, fieldRules })).toEqual([
      'fieldRules[5].operator: unknown operator "like"; allowed: eq, ne, in, contains, notnull, null, gt, lt',
      'fieldRules[6].entity: unknown entity "opportunity"; allowed: lead, contact, account',
      'fieldRules[6].column: must be a column logical name in lower case, e.g. accountrolecode or _parentcustomerid_value',
      'fieldRules[0].value: is required for operator eq: a text, a number or true/false',
      'fieldRules[1].value: must be left out for operator notnull',
      'fieldRules[2].value: must be a non-empty list of texts, numbers or true/false for operator in',
      'fieldRules[3].value: must be a number for operator gt',
      'fieldRules[4].value: must be a non-empty text for operator contains',
    ]);
  });

  it('overlapping grades', () => {
    const grades = [
      { name: 'Cold', min: 0, max: 29 },
      { name: 'Warm', min: 30, max: 59 },
      { name: 'Hot', min: 50 },
    ];
    expect(problemsOf(withGrades(grades))).toEqual(['grades: ranges overlap between Warm (30–59) and Hot (50–…)']);
  });

  it('a gap between grades, whatever order they are listed in', () => {
    const grades = [
      { name: 'Hot', min: 61 },
      { name: 'Cold', min: 0, max: 29 },
      { name: 'Warm', min: 30, max: 59 },
    ];
    expect(problemsOf(withGrades(grades))).toEqual(['grades: gap between 59 and 61']);
  });

  it('an open-ended grade below another', () => {
    const grades = [
      { name: 'Cold', min: 0 },
      { name: 'Hot', min: 60 },
    ];
    expect(problemsOf(withGrades(grades))).toEqual(['grades: ranges overlap between Cold (0–…) and Hot (60–…)']);
  });

  it('grades that leave low or high scores without a grade', () => {
    const grades = [
      { name: 'Warm', min: 10, max: 59 },
      { name: 'Hot', min: 60, max: 100 },
    ];
    expect(problemsOf(withGrades(grades))).toEqual([
      'grades: the lowest grade, Warm, starts at 10, so scores 0–9 have no grade',
      'grades: the highest grade, Hot, ends at 100, so higher scores have no grade; leave out its max',
    ]);
  });

  it('a reversed range and a name used twice', () => {
    const grades = [
      { name: 'Cold', min: 0 },
      { name: 'cold', min: 40, max: 30 },
      { name: 'Hot', min: 60 },
    ];
    expect(problemsOf(withGrades(grades))).toEqual([
      'grades[1].name: "cold" is already the name of grades[0]',
      'grades[1].max: 30 is below min 40',
    ]);
  });

  it('no grades at all, and a malformed grade (without reading ranges from it)', () => {
    expect(problemsOf(withGrades([]))).toEqual(['grades: must not be empty']);
    expect(
      problemsOf(
        withGrades([
          { name: 'Cold', min: 0, max: 29 },
          { name: 'Hot', min: '30' },
        ]),
      ),
    ).toEqual(['grades[1].min: must be an integer']);
  });

  it('grades that cannot map onto the Rating when mapGradeToRating is on', () => {
    const grades = [
      { name: 'Cold', min: 0, max: 29 },
      { name: 'Lukewarm', min: 30, max: 59 },
      { name: 'Boiling', min: 60, rating: 'hot' },
    ];
    expect(problemsOf(withGrades(grades, { mapGradeToRating: true }))).toEqual([
      'grades[1].rating: is required when mapGradeToRating is true ("Lukewarm" is not Hot, Warm or Cold); use one of hot, warm, cold',
    ]);
    expect(() => validateScoringModel(withGrades(grades))).not.toThrow();
  });

  it('everything in one message, one problem a line', () => {
    const grades = [
      { name: 'Cold', min: 0, max: 29 },
      { name: 'Hot', min: 31 },
    ];
    expect(() => validateScoringModel(withGrades(grades, { salesReadyScore: 'high' }))).toThrow(
      'The scoring model is not valid:\n- salesReadyScore: must be a number\n- grades: gap between 29 and 31',
    );
  });

  it('values that are not JSON data', () => {
    expect(problemsOf({ ...TEST_MODEL_JSON, salesReadyScore: () => 60 })).toEqual([
      'the scoring model must be plain JSON data (objects, lists, texts, numbers, true/false)',
    ]);
  });
});

describe('labels by language', () => {
  const rule = (label: unknown) => ({ id: 'clicked', label, interactionType: 'emailClicked', points: 5 });
  const model = (label: unknown, extra: Record<string, unknown> = {}) => ({
    rules: [rule(label)],
    grades: [{ name: 'All', min: 0 }],
    salesReadyScore: 50,
    ...extra,
  });

  it('accepts a label per language, and a plain text as the first language’s (older models)', () => {
    const languages = [1066, 1033];
    const byLanguage = { 1033: 'Clicked an email', 1066: 'Đã nhấp vào email' };
    expect(validateScoringModel(model(byLanguage, { languages })).rules[0]?.label).toEqual(byLanguage);
    expect(validateScoringModel(model('Clicked an email')).languages).toEqual([1033]);
    // Any LCID an admin adds, as long as the model lists it.
    expect(() =>
      validateScoringModel(model({ 1033: 'Clicked', 1031: 'Geklickt' }, { languages: [1033, 1031] })),
    ).not.toThrow();
  });

  it('refuses a language the model does not list, and a label without the first language', () => {
    expect(problemsOf(model({ 1033: 'Clicked', 1028: '點選' }))).toEqual([
      'rules[0].label[1028]: "1028" is not one of the model\'s languages (1033); add it to "languages" or correct it',
    ]);
    expect(problemsOf(model({ 1028: '點選' }, { languages: [1033, 1028] }))).toEqual([
      "rules[0].label: has no text in 1033, the model's first language (shown when the user's language has none)",
    ]);
    expect(problemsOf(model({ en: 'Clicked', 1033: 'Clicked' }))).toEqual([
      'rules[0].label.en: "en" is not one of the model\'s languages (1033); add it to "languages" or correct it',
    ]);
  });

  it('checks each text and the list of languages', () => {
    expect(problemsOf(model({ 1033: '' }))).toEqual(['rules[0].label[1033]: must not be empty']);
    expect(problemsOf(model({ 1033: 'x'.repeat(101) }))).toEqual([
      'rules[0].label[1033]: must be at most 100 characters',
    ]);
    expect(problemsOf(model({}))).toEqual([
      'rules[0].label: must not be empty',
      "rules[0].label: has no text in 1033, the model's first language (shown when the user's language has none)",
    ]);
    expect(problemsOf(model('Clicked', { languages: [1033, 1033] }))).toEqual(['languages: lists 1033 twice']);
    expect(problemsOf(model('Clicked', { languages: [] }))).toEqual(['languages: must not be empty']);
    expect(problemsOf(model('Clicked', { languages: ['en-US'] }))).toEqual(['languages[0]: must be an integer']);
    expect(problemsOf(model('Clicked', { languages: Array.from({ length: 16 }, (_, i) => 1025 + i) }))).toEqual([
      'languages: must list at most 15 items',
    ]);
    expect(problemsOf(model(42))).toEqual(['rules[0].label: must be a text or an object']);
  });
});
