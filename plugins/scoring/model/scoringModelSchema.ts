/**
 * The JSON Schema (draft-07, checked by ajv) of the scoring model. `default`s are filled in by the validator, so a
 * model may leave out the optional settings. Two annotation keywords of ours feed the error messages: `enumName`
 * (what an enum's values are called) and `patternHint` (a pattern said in words).
 */
import {
  INTERACTION_TYPE_NAMES,
  FIELD_OPERATORS,
  FIELD_RULE_ENTITIES,
  FREQUENCIES,
  RATING_NAMES,
} from './ScoringModel';
import { DEFAULT_LANGUAGE, GRADE_NAME_MAX_LENGTH, LABEL_MAX_LENGTH, MAX_LANGUAGES, RULE_ID_MAX_LENGTH } from './limits';

export const ANNOTATION_KEYWORDS = ['enumName', 'patternHint'] as const;

const NO_CONTROL_CHARACTERS = '^[^\\u0000-\\u001F\\u007F]*$';

const text = (maxLength: number) =>
  ({
    type: 'string',
    minLength: 1,
    maxLength,
    pattern: NO_CONTROL_CHARACTERS,
    patternHint: 'must not contain line breaks or other control characters',
  }) as const;

const ruleId = {
  type: 'string',
  minLength: 1,
  maxLength: RULE_ID_MAX_LENGTH,
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
  patternHint: "must start with a letter or digit and contain only letters, digits, '.', '_' and '-'",
} as const;

const fieldValue = { type: ['string', 'number', 'boolean'] } as const;

/**
 * A text, or an object of texts by language. String keywords apply to the text, object keywords to the object;
 * which keys are languages of the model is checked in checkLabels.
 */
const label = {
  ...text(LABEL_MAX_LENGTH),
  type: ['string', 'object'],
  minProperties: 1,
  additionalProperties: text(LABEL_MAX_LENGTH),
} as const;

const behaviourRule = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label', 'interactionType', 'points'],
  properties: {
    id: ruleId,
    label,
    interactionType: { type: 'string', enum: INTERACTION_TYPE_NAMES, enumName: 'interaction type' },
    // Column lengths of leadlink_url and leadlink_campaign (schema/leadlink.ts).
    url: text(2000),
    campaign: text(400),
    points: { type: 'integer' },
    frequency: { type: 'string', enum: FREQUENCIES, enumName: 'frequency', default: 'each' },
    withinDays: { type: 'number', exclusiveMinimum: 0 },
    maxPoints: { type: 'integer', minimum: 1 },
  },
} as const;

const fieldRule = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label', 'entity', 'column', 'operator', 'points'],
  properties: {
    id: ruleId,
    label,
    entity: { type: 'string', enum: FIELD_RULE_ENTITIES, enumName: 'entity' },
    column: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      pattern: '^[a-z_][a-z0-9_]*$',
      patternHint: 'must be a column logical name in lower case, e.g. accountrolecode or _parentcustomerid_value',
    },
    operator: { type: 'string', enum: FIELD_OPERATORS, enumName: 'operator' },
    value: { type: ['string', 'number', 'boolean', 'array'], items: fieldValue },
    points: { type: 'integer' },
  },
} as const;

const grade = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'min'],
  properties: {
    name: text(GRADE_NAME_MAX_LENGTH),
    min: { type: 'integer' },
    max: { type: 'integer' },
    rating: { type: 'string', enum: RATING_NAMES, enumName: 'rating' },
  },
} as const;

export const SCORING_MODEL_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'LeadLink scoring model',
  type: 'object',
  additionalProperties: false,
  required: ['rules', 'grades', 'salesReadyScore'],
  properties: {
    description: { type: 'string' },
    // Windows LCIDs, as Dataverse numbers languages (1033 English, 1028 Traditional Chinese, 1066 Vietnamese…).
    languages: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_LANGUAGES,
      uniqueItems: true,
      items: { type: 'integer', minimum: 1, maximum: 65535 },
      default: [DEFAULT_LANGUAGE],
    },
    rules: { type: 'array', items: behaviourRule },
    fieldRules: { type: 'array', items: fieldRule, default: [] },
    grades: { type: 'array', minItems: 1, items: grade },
    // Scores never go below 0, so a threshold of 0 or less would make every lead sales-ready.
    salesReadyScore: { type: 'number', exclusiveMinimum: 0 },
    decay: {
      type: 'object',
      additionalProperties: false,
      required: ['halfLifeDays'],
      properties: { halfLifeDays: { type: 'number', exclusiveMinimum: 0 } },
    },
    accountBased: { type: 'boolean', default: false },
    returnToMarketing: {
      type: 'object',
      additionalProperties: false,
      properties: { requiredNewPoints: { type: 'integer', minimum: 1, default: 20 } },
      default: { requiredNewPoints: 20 },
    },
    mapGradeToRating: { type: 'boolean', default: false },
    createTaskWhenSalesReady: { type: 'boolean', default: false },
  },
} as const;
