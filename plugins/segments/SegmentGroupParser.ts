/**
 * Checks one table's conditions of a segment definition (a group of conditions and nested groups) against that
 * table's columns, reporting each problem at its path and returning the checked group when there was none.
 */
import { checkKeys, isObject, type JsonObject, type Report } from './jsonChecks';
import { describeValue, normalizeValue } from './normalizeValue';
import {
  OPERATORS,
  OPERATORS_BY_TYPE,
  OPERATOR_NAMES,
  TYPE_WORDS,
  isSegmentOperator,
  type OperatorValueKind,
  type SegmentOperator,
} from './operators';
import type { SegmentColumn } from './SegmentMetadata';
import type { SegmentTable } from './segmentSchema';
import { closeNames, didYouMean } from './suggest';
import type { SegmentCondition, SegmentGroup } from './types';

const GROUP_KEYS = ['type', 'conditions'];
const CONDITION_KEYS = ['column', 'operator', 'value'];
/** Deeper nesting is almost certainly a generated mistake, and each level is a nested <filter>. */
const MAX_GROUP_DEPTH = 8;

export class SegmentGroupParser {
  readonly #table: SegmentTable;
  readonly #columns: ReadonlyMap<string, SegmentColumn>;
  readonly #report: Report;

  constructor(table: SegmentTable, columns: ReadonlyMap<string, SegmentColumn>, report: Report) {
    this.#table = table;
    this.#columns = columns;
    this.#report = report;
  }

  group(raw: unknown, path: string, depth: number): SegmentGroup | undefined {
    if (!isObject(raw)) {
      this.#report(path, `expected a group such as {"type": "and", "conditions": [ … ]}, got ${describeValue(raw)}`);
      return undefined;
    }
    checkKeys(raw, GROUP_KEYS, path, this.#report);
    if (depth >= MAX_GROUP_DEPTH) {
      this.#report(path, `groups nest at most ${MAX_GROUP_DEPTH} deep`);
      return undefined;
    }
    let type: 'and' | 'or' = 'and';
    if (raw.type === 'or' || raw.type === 'and') type = raw.type;
    else if (raw.type !== undefined)
      this.#report(`${path}.type`, `expected "and" or "or", got ${describeValue(raw.type)}`);

    if (!Array.isArray(raw.conditions) || raw.conditions.length === 0) {
      this.#report(`${path}.conditions`, 'a group needs a list of at least one condition');
      return undefined;
    }
    const conditions: (SegmentCondition | SegmentGroup)[] = [];
    (raw.conditions as unknown[]).forEach((item, index) => {
      const itemPath = `${path}.conditions[${index}]`;
      const parsed =
        isObject(item) && 'conditions' in item ? this.group(item, itemPath, depth + 1) : this.condition(item, itemPath);
      if (parsed) conditions.push(parsed);
    });
    return conditions.length === raw.conditions.length ? { kind: 'group', type, conditions } : undefined;
  }

  condition(raw: unknown, path: string): SegmentCondition | undefined {
    if (!isObject(raw)) {
      this.#report(
        path,
        `expected a condition such as {"column": "subject", "operator": "eq", "value": "…"}, got ${describeValue(raw)}`,
      );
      return undefined;
    }
    checkKeys(raw, CONDITION_KEYS, path, this.#report);
    const column = this.#column(raw.column, `${path}.column`);
    const operator = this.#operator(raw.operator, column, `${path}.operator`);
    if (!column || !operator) return undefined;
    const values = this.#values(raw, column, operator, `${path}.value`);
    return values ? { kind: 'condition', column: column.name, operator, values } : undefined;
  }

  #column(raw: unknown, path: string): SegmentColumn | undefined {
    if (typeof raw !== 'string' || raw === '') {
      this.#report(path, `expected a column name, got ${describeValue(raw)}`);
      return undefined;
    }
    const column = this.#columns.get(raw);
    if (!column) {
      const close = closeNames(raw, this.#columns.keys());
      this.#report(
        path,
        `'${raw}' is not a column of ${this.#table}${close.length > 0 ? ` (close names: ${close.join(', ')})` : ''}`,
      );
      return undefined;
    }
    if (column.validForRead === false) {
      this.#report(path, `${this.#table}.${raw} cannot be read, so it cannot be filtered on`);
      return undefined;
    }
    return column;
  }

  #operator(raw: unknown, column: SegmentColumn | undefined, path: string): SegmentOperator | undefined {
    if (typeof raw !== 'string' || raw === '') {
      this.#report(path, `expected an operator such as "eq", got ${describeValue(raw)}`);
      return undefined;
    }
    const allowed = column ? OPERATORS_BY_TYPE[column.type] : OPERATOR_NAMES;
    if (!isSegmentOperator(raw)) {
      this.#report(path, `'${raw}' is not a FetchXML operator a segment can use${didYouMean(raw, allowed)}`);
      return undefined;
    }
    if (column && !allowed.includes(raw)) {
      const what = `${this.#table}.${column.name} (${TYPE_WORDS[column.type]} column)`;
      this.#report(path, `operator '${raw}' does not apply to ${what}; use one of: ${allowed.join(', ')}`);
      return undefined;
    }
    return raw;
  }

  #values(raw: JsonObject, column: SegmentColumn, operator: SegmentOperator, path: string): string[] | undefined {
    const { arity, value: kind } = OPERATORS[operator];
    const value = raw.value;
    if (arity === 'none') {
      if (value === undefined) return [];
      this.#report(path, `operator '${operator}' takes no value`);
      return undefined;
    }
    if (arity === 'single') {
      if (value === undefined || Array.isArray(value)) {
        this.#report(path, `operator '${operator}' takes one value${value === undefined ? '' : ', not a list'}`);
        return undefined;
      }
      const normalized = this.#normalize(value, column, kind, path);
      return normalized.length === 1 ? normalized : undefined;
    }
    const wanted = arity === 'pair' ? 'a list of two values, e.g. [from, to]' : 'a list of values, e.g. [8, 9]';
    if (!Array.isArray(value) || value.length === 0 || (arity === 'pair' && value.length !== 2)) {
      this.#report(path, `operator '${operator}' takes ${wanted}`);
      return undefined;
    }
    const values = value.flatMap((item: unknown, index) => this.#normalize(item, column, kind, `${path}[${index}]`));
    return values.length === value.length ? values : undefined;
  }

  /** The normalized value as a one-element list, or an empty list after reporting why it does not fit. */
  #normalize(raw: unknown, column: SegmentColumn, kind: OperatorValueKind, path: string): string[] {
    const result = normalizeValue(raw, column, kind);
    if ('value' in result) return [result.value];
    this.#report(path, result.problem);
    return [];
  }
}
