/**
 * Checks a scoring model against its JSON Schema and the rules a schema cannot say (grade coverage, unique rule ids,
 * values that fit their operator, labels in the model's languages), and returns it with the optional settings filled
 * in. Every problem is reported, each with the path of the bad part.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { ScoringModelError, type ScoringModelProblem } from '../errors/ScoringModelError';
import { checkGrades } from './checkGrades';
import { checkLabels } from './checkLabels';
import { checkFieldRuleValues, checkRuleIds } from './checkRules';
import { formatSchemaErrors } from './formatSchemaErrors';
import { isRecord } from './isRecord';
import type { ScoringModel } from './ScoringModel';
import { ANNOTATION_KEYWORDS, SCORING_MODEL_SCHEMA } from './scoringModelSchema';

let compiled: ValidateFunction<ScoringModel> | undefined;

function schemaValidator(): ValidateFunction<ScoringModel> {
  if (compiled === undefined) {
    const ajv = new Ajv({ allErrors: true, useDefaults: true, verbose: true, allowUnionTypes: true });
    for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword(keyword);
    compiled = ajv.compile<ScoringModel>(SCORING_MODEL_SCHEMA);
  }
  return compiled;
}

export function validateScoringModel(json: unknown): ScoringModel {
  // The validator fills in defaults, so it works on a copy: the caller's value is never changed.
  const model = copyJson(json);
  const validate = schemaValidator();
  const valid = validate(model);
  const problems: ScoringModelProblem[] = valid ? [] : formatSchemaErrors(validate.errors ?? []);
  if (isRecord(model)) {
    problems.push(...checkRuleIds(model['rules'], model['fieldRules']));
    problems.push(...checkFieldRuleValues(model['fieldRules']));
    problems.push(...checkGrades(model['grades'], model['mapGradeToRating']));
    problems.push(...checkLabels(model['languages'], model['rules'], model['fieldRules']));
  }
  if (!valid || problems.length > 0) throw new ScoringModelError(problems);
  return model;
}

function copyJson(json: unknown): unknown {
  try {
    return structuredClone(json);
  } catch {
    throw new ScoringModelError([
      { path: '', message: 'the scoring model must be plain JSON data (objects, lists, texts, numbers, true/false)' },
    ]);
  }
}
