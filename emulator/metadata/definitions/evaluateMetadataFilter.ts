import type { CompareOp, Literal, Syntax } from '../../odata/filter/ast';
import { OPERATOR_KIND } from '../../odata/filter/ast';
import { queryFault } from '../../odata/queryFaults';
import type { Json } from './labels';
import { checkProperty, type MetadataType } from './metadataTypes';

/**
 * Evaluates a `$filter` over one definition's properties: comparisons of a property (or a property of a complex
 * property, `AttributeTypeName/Value`) with a literal, combined with and / or / not. Functions, lambdas and
 * parameter aliases are not implemented on definitions and say so. With `checkOnly`, only the names are checked
 * (once, when the query is read), so a bad name fails even when nothing would match.
 */
export function evaluateMetadataFilter(
  node: Syntax,
  properties: Json,
  type: MetadataType,
  checkOnly: boolean,
): unknown {
  switch (node.kind) {
    case 'literal':
      return literalValue(node.literal);
    case 'path':
      return pathValue(node.segments, properties, type);
    case 'not': {
      const operand = evaluateMetadataFilter(node.operand, properties, type, checkOnly);
      return checkOnly ? true : operand === true ? false : operand === false;
    }
    case 'logical': {
      const left = evaluateMetadataFilter(node.left, properties, type, checkOnly);
      const right = evaluateMetadataFilter(node.right, properties, type, checkOnly);
      if (checkOnly) return true;
      return node.op === 'and' ? left === true && right === true : left === true || right === true;
    }
    case 'compare': {
      const left = evaluateMetadataFilter(node.left, properties, type, checkOnly);
      const right = evaluateMetadataFilter(node.right, properties, type, checkOnly);
      return checkOnly ? true : compare(node.op, left, right);
    }
    default:
      throw queryFault.notImplemented(
        `A ${node.kind === 'crmCall' ? 'query function' : node.kind} in $filter on table definitions`,
      );
  }
}

function pathValue(segments: readonly string[], properties: Json, type: MetadataType): unknown {
  const [first, ...rest] = segments;
  if (first === undefined) return undefined;
  checkProperty(type, first);
  let value: unknown = properties[first];
  for (const segment of rest) {
    value = value !== null && typeof value === 'object' ? (value as Json)[segment] : undefined;
  }
  return value;
}

function literalValue(literal: Literal): unknown {
  switch (literal.kind) {
    case 'null':
      return null;
    case 'boolean':
    case 'string':
    case 'number':
      return literal.value;
    case 'guid':
      return literal.value.toLowerCase();
    default:
      throw queryFault.notImplemented(`A ${literal.kind} literal in $filter on table definitions`);
  }
}

function compare(op: CompareOp, left: unknown, right: unknown): boolean {
  const a = typeof left === 'string' && isGuid(left) ? left.toLowerCase() : left;
  const b = typeof right === 'string' && isGuid(right) ? right.toLowerCase() : right;
  if (op === 'eq') return (a ?? null) === (b ?? null);
  if (op === 'ne') return (a ?? null) !== (b ?? null);
  if (typeof a === 'number' && typeof b === 'number') return ORDER[op](a - b);
  if (typeof a === 'string' && typeof b === 'string') return ORDER[op](a < b ? -1 : a > b ? 1 : 0);
  if (a === null || a === undefined || b === null || b === undefined) return false;
  throw queryFault.incompatibleOperands(typeof a, typeof b, OPERATOR_KIND[op]);
}

const ORDER: Readonly<Record<Exclude<CompareOp, 'eq' | 'ne'>, (difference: number) => boolean>> = {
  gt: (d) => d > 0,
  ge: (d) => d >= 0,
  lt: (d) => d < 0,
  le: (d) => d <= 0,
};

function isGuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
