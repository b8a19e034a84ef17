/**
 * Whether a field rule holds for a record. Texts compare case-insensitively (as Dataverse queries do); other values
 * compare strictly, so the choice value 1 does not equal the text "1". An empty or missing value is null: only `null`
 * matches it (`ne` does not, as in a Dataverse query). gt/lt compare numbers only.
 */
import type { FieldRule, FieldValue } from '../model/ScoringModel';
import type { WebApiRecord } from './WebApiRecord';

export function evaluateFieldRule(rule: FieldRule, record: WebApiRecord): boolean {
  const raw = record[rule.column];
  const isNull = raw === null || raw === undefined || raw === '';
  if (rule.operator === 'null') return isNull;
  if (isNull) return false;
  const expected = rule.value;
  switch (rule.operator) {
    case 'notnull':
      return true;
    case 'eq':
      return isScalar(expected) && same(raw, expected);
    case 'ne':
      return isScalar(expected) && !same(raw, expected);
    case 'in':
      return Array.isArray(expected) && expected.some((value: FieldValue) => same(raw, value));
    case 'contains':
      return (
        typeof raw === 'string' && typeof expected === 'string' && raw.toLowerCase().includes(expected.toLowerCase())
      );
    case 'gt':
      return typeof raw === 'number' && typeof expected === 'number' && raw > expected;
    case 'lt':
      return typeof raw === 'number' && typeof expected === 'number' && raw < expected;
  }
}

function same(actual: unknown, expected: FieldValue): boolean {
  if (typeof actual === 'string' && typeof expected === 'string')
    return actual.toLowerCase() === expected.toLowerCase();
  return actual === expected;
}

function isScalar(value: unknown): value is FieldValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
