/**
 * Checks on rules the schema cannot express: ids unique across behaviour and field rules (a reason names its rule by
 * id), and a field rule's value fitting its operator. Skips entries the schema check already rejected.
 */
import type { ScoringModelProblem } from '../errors/ScoringModelError';
import { isRecord } from './isRecord';
import { FIELD_OPERATORS, type FieldOperator } from './ScoringModel';

export function checkRuleIds(rules: unknown, fieldRules: unknown): ScoringModelProblem[] {
  const firstPath = new Map<string, string>();
  const problems: ScoringModelProblem[] = [];
  const visit = (list: unknown, name: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((rule: unknown, index) => {
      if (!isRecord(rule) || typeof rule['id'] !== 'string') return;
      const id = rule['id'];
      const path = `${name}[${index}]`;
      const first = firstPath.get(id);
      if (first === undefined) firstPath.set(id, path);
      else problems.push({ path: `${path}.id`, message: `"${id}" is already the id of ${first}` });
    });
  };
  visit(rules, 'rules');
  visit(fieldRules, 'fieldRules');
  return problems;
}

export function checkFieldRuleValues(fieldRules: unknown): ScoringModelProblem[] {
  if (!Array.isArray(fieldRules)) return [];
  const problems: ScoringModelProblem[] = [];
  fieldRules.forEach((rule: unknown, index) => {
    if (!isRecord(rule) || !isOperator(rule['operator'])) return;
    const message = valueProblem(rule['operator'], rule['value']);
    if (message !== undefined) problems.push({ path: `fieldRules[${index}].value`, message });
  });
  return problems;
}

function valueProblem(operator: FieldOperator, value: unknown): string | undefined {
  switch (operator) {
    case 'null':
    case 'notnull':
      return value === undefined ? undefined : `must be left out for operator ${operator}`;
    case 'eq':
    case 'ne':
      return isScalar(value) ? undefined : `is required for operator ${operator}: a text, a number or true/false`;
    case 'in':
      return Array.isArray(value) && value.length > 0 && value.every(isScalar)
        ? undefined
        : 'must be a non-empty list of texts, numbers or true/false for operator in';
    case 'contains':
      return typeof value === 'string' && value.length > 0
        ? undefined
        : 'must be a non-empty text for operator contains';
    case 'gt':
    case 'lt':
      return typeof value === 'number' ? undefined : `must be a number for operator ${operator}`;
  }
}

function isOperator(value: unknown): value is FieldOperator {
  return typeof value === 'string' && (FIELD_OPERATORS as readonly string[]).includes(value);
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
