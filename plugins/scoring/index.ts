/** Lead scoring: the model, the engine, and what is stored on the lead. Pure functions only. */
export type {
  BehaviourRule,
  FieldOperator,
  FieldRule,
  FieldRuleEntity,
  FieldValue,
  Frequency,
  Grade,
  RatingName,
  RuleLabel,
  ScoringModel,
} from './model/ScoringModel';
export {
  FIELD_OPERATORS,
  FIELD_RULE_ENTITIES,
  FREQUENCIES,
  INTERACTION_TYPE_NAMES,
  RATING_NAMES,
} from './model/ScoringModel';
export { SCORING_MODEL_SCHEMA } from './model/scoringModelSchema';
export { validateScoringModel } from './model/validateScoringModel';
export { parseScoringModel } from './model/parseScoringModel';
export { DEFAULT_SCORING_MODEL, DEFAULT_SCORING_MODEL_JSON } from './model/defaultModel';
export { DEFAULT_LANGUAGE, ENV_VAR_VALUE_MAX_LENGTH, MAX_LANGUAGES } from './model/limits';
export { labelTexts, type LabelTexts } from './model/ruleLabel';
export { ScoringModelError, formatProblem, type ScoringModelProblem } from './errors/ScoringModelError';
export { ScoreReasonsError } from './errors/ScoreReasonsError';

export { scoreLead, type ScoreLeadInput } from './engine/scoreLead';
export type { ScoreReason, ScoreResult } from './engine/ScoreResult';
export type { WebApiRecord } from './engine/WebApiRecord';
export { decideSalesReady, type SalesReadyDecision, type SalesReadyInput } from './engine/decideSalesReady';
export { LEAD_COLUMNS, LEAD_RATING, CONTACT_COLUMNS, type LeadRating } from './engine/platformColumns';

export {
  encodeScoreReasons,
  decodeScoreReasons,
  MAX_STORED_REASONS,
  SCORE_REASONS_VERSION,
  type DecodedScoreReasons,
} from './storage/scoreReasonsCodec';
export { diffLeadScore, type LeadScorePatch } from './storage/diffLeadScore';
export { scoringColumns, type ScoringColumns } from './storage/scoringColumns';
