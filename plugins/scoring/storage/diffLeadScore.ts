/**
 * The lead columns a score result changes, so the caller writes only when something changed (our own writes trigger
 * our steps; a no-op must stay a no-op). leadlink_scoredon is written along with a change, never alone. The Rating
 * (leadqualitycode) is written only when the model maps grades onto it. Returns null when there is nothing to write.
 */
import { LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { LEAD_COLUMNS } from '../engine/platformColumns';
import type { ScoreResult } from '../engine/ScoreResult';
import type { WebApiRecord } from '../engine/WebApiRecord';
import { encodeScoreReasons } from './scoreReasonsCodec';

export type LeadScorePatch = Readonly<Record<string, string | number | boolean | null>>;

export function diffLeadScore(current: WebApiRecord, result: ScoreResult): LeadScorePatch | null {
  const patch: Record<string, string | number | boolean | null> = {};
  const set = (column: string, value: string | number | boolean | null, stored: unknown): void => {
    if (stored !== value) patch[column] = value;
  };
  const stored = (column: string): unknown => current[column] ?? null;

  set(LEAD_SCORE_COLUMNS.score, result.score, stored(LEAD_SCORE_COLUMNS.score));
  set(LEAD_SCORE_COLUMNS.grade, result.grade, stored(LEAD_SCORE_COLUMNS.grade));
  set(LEAD_SCORE_COLUMNS.salesReady, result.salesReady, stored(LEAD_SCORE_COLUMNS.salesReady) === true);
  set(
    LEAD_SCORE_COLUMNS.scoreReasons,
    encodeScoreReasons(result.reasons, result.salesReadyScore),
    stored(LEAD_SCORE_COLUMNS.scoreReasons),
  );
  set(
    LEAD_SCORE_COLUMNS.returnedToMarketing,
    result.returnedToMarketing,
    stored(LEAD_SCORE_COLUMNS.returnedToMarketing) === true,
  );
  set(LEAD_SCORE_COLUMNS.returnedAtScore, result.returnedAtScore, stored(LEAD_SCORE_COLUMNS.returnedAtScore));
  if (result.rating !== null) set(LEAD_COLUMNS.rating, result.rating, stored(LEAD_COLUMNS.rating));

  if (Object.keys(patch).length === 0) return null;
  patch[LEAD_SCORE_COLUMNS.scoredOn] = result.scoredOn;
  return patch;
}
