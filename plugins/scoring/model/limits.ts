/** Size limits of the model's texts; they keep the stored reasons (leadlink_scorereasons) small. */
import { LEAD_CUSTOM_COLUMNS, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';

export const RULE_ID_MAX_LENGTH = 64;
export const LABEL_MAX_LENGTH = 100;
/** A grade name is written to leadlink_grade, so it must fit that column. */
export const GRADE_NAME_MAX_LENGTH =
  LEAD_CUSTOM_COLUMNS.find((column) => column.name === LEAD_SCORE_COLUMNS.grade)?.maxLength ?? 100;
/** leadlink_score is a whole number column (Int32). */
export const MAX_SCORE = 2147483647;
/**
 * environmentvariabledefinition.defaultvalue and environmentvariablevalue.value are memo columns of at most 2,000
 * characters (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariablevalue),
 * so a model kept inline in leadlink_ScoringModel must fit in that as JSON text; a real one lives in a web resource.
 */
export const ENV_VAR_VALUE_MAX_LENGTH = 2000;
/**
 * A model lists at most this many languages: every label in every language travels with each stored reason
 * (leadlink_scorereasons), which must stay well inside its column (see scoreReasonsCodec).
 */
export const MAX_LANGUAGES = 15;
/** The language a model without `languages` is written in. */
export const DEFAULT_LANGUAGE = 1033;
