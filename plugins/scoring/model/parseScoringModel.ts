/** Reads the scoring model from the text of the `leadlink_ScoringModel` environment variable. */
import { ScoringModelError } from '../errors/ScoringModelError';
import { locateJsonError } from './locateJsonError';
import type { ScoringModel } from './ScoringModel';
import { validateScoringModel } from './validateScoringModel';

export function parseScoringModel(text: string): ScoringModel {
  // Editors sometimes save a byte order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') throw new ScoringModelError([{ path: '', message: 'the scoring model is empty' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const found = locateJsonError(json);
    const where = found
      ? `at line ${found.line}, column ${found.column} (position ${found.position}): expected ${found.expected}`
      : `(${error instanceof Error ? error.message : String(error)})`;
    throw new ScoringModelError([{ path: '', message: `not valid JSON ${where}` }]);
  }
  return validateScoringModel(parsed);
}
