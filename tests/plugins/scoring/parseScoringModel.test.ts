import {
  DEFAULT_SCORING_MODEL,
  DEFAULT_SCORING_MODEL_JSON,
  ScoringModelError,
  parseScoringModel,
} from '../../../plugins/scoring';

function parseError(text: string): string {
  try {
    parseScoringModel(text);
  } catch (error) {
    if (error instanceof ScoringModelError) return error.message;
    throw error;
  }
  throw new Error('the text was accepted');
}

describe('parseScoringModel', () => {
  it('reads the default model from its environment variable text', () => {
    expect(parseScoringModel(DEFAULT_SCORING_MODEL_JSON)).toEqual(DEFAULT_SCORING_MODEL);
  });

  it('tolerates a byte order mark', () => {
    expect(parseScoringModel(`\uFEFF${DEFAULT_SCORING_MODEL_JSON}`)).toEqual(DEFAULT_SCORING_MODEL);
  });

  it.each([
    ['{\n  "rules": [1 2]\n}', "line 2, column 15 (position 16): expected ',' or ']'"],
    [
      '{"salesReadyScore": }',
      'line 1, column 21 (position 20): expected a value (an object, list, text in double quotes, number, true, false or null)',
    ],
    ['{"rules": [],}', 'line 1, column 14 (position 13): expected a property name in double quotes'],
    ["{'rules': []}", 'line 1, column 2 (position 1): expected a property name in double quotes'],
    ['{"rules" []}', "line 1, column 10 (position 9): expected ':' after the property name"],
    [
      '{\n"grades": "Hot\n"}',
      'line 2, column 15 (position 16): expected no line break or control character inside a text (write \\n instead)',
    ],
    ['{"a": "\\x"}', 'line 1, column 8 (position 7): expected a valid escape such as \\" or \\n'],
    ['{"a": 01}', "line 1, column 8 (position 7): expected ',' or '}'"],
    [
      '{"rules": [',
      'line 1, column 12 (position 11): expected a value (an object, list, text in double quotes, number, true, false or null), but the text ends',
    ],
    [
      '{"rules": "open',
      'line 1, column 11 (position 10): expected a closing double quote for the text that starts here',
    ],
    ['{} x', 'line 1, column 4 (position 3): expected the end of the text after the JSON value'],
  ])('points at the JSON error in %j', (text, where) => {
    expect(parseError(text)).toBe(`The scoring model is not valid:\n- not valid JSON at ${where}`);
  });

  it('says when the text is empty', () => {
    expect(parseError('  \n')).toBe('The scoring model is not valid:\n- the scoring model is empty');
  });

  it('validates what it parsed', () => {
    expect(parseError('{"rules": [], "grades": [{"name": "All", "min": 0}]}')).toBe(
      'The scoring model is not valid:\n- salesReadyScore: is required',
    );
  });
});
