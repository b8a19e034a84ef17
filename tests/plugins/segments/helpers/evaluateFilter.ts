/**
 * Evaluates a FetchXML <filter> on one row, with SQL's three-valued logic for nulls, to check what the exclusion
 * filters select. Covers the operators the exclusions use (eq, ne, null, not-null, in). `ne` and nulls: whether
 * Dataverse's `ne` matches a null column is not something these tests should depend on, so the caller chooses and the
 * tests run both ways.
 */
import type { XmlNode } from './xmlNodes';

export type Row = Readonly<Record<string, string | null>>;

export interface EvaluateOptions {
  readonly neMatchesNull: boolean;
}

export function matchesFilter(filter: XmlNode, row: Row, options: EvaluateOptions): boolean {
  const results = filter.children.map((child) =>
    child.tag === 'filter' ? matchesFilter(child, row, options) : matchesCondition(child, row, options),
  );
  return filter.attributes.type === 'or' ? results.some(Boolean) : results.every(Boolean);
}

function matchesCondition(condition: XmlNode, row: Row, options: EvaluateOptions): boolean {
  const { attribute, operator, value } = condition.attributes;
  if (attribute === undefined || !(attribute in row)) throw new Error(`row has no column ${String(attribute)}`);
  const actual = row[attribute] ?? null;
  switch (operator) {
    case 'eq':
      return actual !== null && actual === value;
    case 'ne':
      return actual === null ? options.neMatchesNull : actual !== value;
    case 'null':
      return actual === null;
    case 'not-null':
      return actual !== null;
    case 'in':
      return actual !== null && condition.children.some((child) => child.text === actual);
    default:
      throw new Error(`evaluateFilter does not know operator ${String(operator)}`);
  }
}
