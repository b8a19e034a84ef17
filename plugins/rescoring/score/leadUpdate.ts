/**
 * The lead update for a score result, or null when nothing changed (diffLeadScore decides). When something changed,
 * the computed columns (score, grade, reasons, scored on) are written together even if some kept their value, so a
 * lead never shows a score from one run with reasons from another when two runs overlap. Columns people also edit
 * (the returned-to-marketing flag, Rating) are written only when the result changes them.
 */
import { LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { LEAD } from '../../../schema/names';
import { diffLeadScore, encodeScoreReasons, type ScoreResult, type WebApiRecord } from '../../scoring';

export function leadUpdate(leadId: string, current: WebApiRecord, result: ScoreResult): Record<string, unknown> | null {
  const patch = diffLeadScore(current, result);
  if (patch === null) return null;
  return {
    [LEAD.id]: leadId,
    ...patch,
    [LEAD_SCORE_COLUMNS.score]: result.score,
    [LEAD_SCORE_COLUMNS.grade]: result.grade,
    [LEAD_SCORE_COLUMNS.scoreReasons]: encodeScoreReasons(result.reasons, result.salesReadyScore),
    [LEAD_SCORE_COLUMNS.scoredOn]: result.scoredOn,
  };
}
