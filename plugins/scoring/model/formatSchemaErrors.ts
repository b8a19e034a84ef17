/**
 * Turns ajv's errors into problems a marketer can act on: the path of the bad part and what it must be. Needs ajv's
 * `verbose` option (for the offending value and the schema around it).
 */
import type { ErrorObject } from 'ajv';
import type { ScoringModelProblem } from '../errors/ScoringModelError';
import { formatPath } from './formatPath';
import { isRecord } from './isRecord';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

export function formatSchemaErrors(errors: readonly ErrorObject[]): ScoringModelProblem[] {
  // A value of the wrong type also fails its enum, pattern or range: report only the type.
  const wrongType = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  const seen = new Set<string>();
  const problems: ScoringModelProblem[] = [];
  for (const error of errors) {
    if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue;
    const problem = formatSchemaError(error);
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function formatSchemaError(error: ErrorObject): ScoringModelProblem {
  const path = formatPath(error.instancePath);
  const params = error.params as Readonly<Record<string, unknown>>;
  const parent = isRecord(error.parentSchema) ? error.parentSchema : {};
  switch (error.keyword) {
    case 'type':
      return { path, message: `${path === '' ? 'the scoring model ' : ''}must be ${describeTypes(params['type'])}` };
    case 'required':
      return { path: formatPath(error.instancePath, String(params['missingProperty'])), message: 'is required' };
    case 'additionalProperties': {
      const known = isRecord(parent['properties']) ? Object.keys(parent['properties']) : [];
      return {
        path: formatPath(error.instancePath, String(params['additionalProperty'])),
        message: `is not a known setting (known: ${known.join(', ')})`,
      };
    }
    case 'enum': {
      const name = typeof parent['enumName'] === 'string' ? parent['enumName'] : 'value';
      const allowed = Array.isArray(params['allowedValues']) ? params['allowedValues'].map(String) : [];
      return { path, message: `unknown ${name} ${JSON.stringify(error.data)}; allowed: ${allowed.join(', ')}` };
    }
    case 'minimum':
      return { path, message: `must be at least ${String(params['limit'])}` };
    case 'maximum':
      return { path, message: `must be at most ${String(params['limit'])}` };
    case 'maxItems':
      return { path, message: `must list at most ${String(params['limit'])} items` };
    case 'uniqueItems': {
      const list: unknown[] = Array.isArray(error.data) ? error.data : [];
      return { path, message: `lists ${JSON.stringify(list[Number(params['i'])])} twice` };
    }
    case 'minProperties':
      return { path, message: 'must not be empty' };
    case 'exclusiveMinimum':
      return { path, message: `must be greater than ${String(params['limit'])}` };
    case 'minLength':
      return {
        path,
        message: params['limit'] === 1 ? 'must not be empty' : `must be at least ${String(params['limit'])} characters`,
      };
    case 'maxLength':
      return { path, message: `must be at most ${String(params['limit'])} characters` };
    case 'minItems':
      return {
        path,
        message: params['limit'] === 1 ? 'must not be empty' : `must list at least ${String(params['limit'])} items`,
      };
    case 'pattern':
      return {
        path,
        message:
          typeof parent['patternHint'] === 'string' ? parent['patternHint'] : `must match ${String(params['pattern'])}`,
      };
    default:
      return { path, message: error.message ?? `fails the schema's "${error.keyword}" check` };
  }
}

function describeTypes(type: unknown): string {
  const types = Array.isArray(type) ? type.map(String) : String(type).split(',');
  const words = types.map((name) => TYPE_WORDS[name] ?? name);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}
