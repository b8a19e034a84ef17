/**
 * The CLI's way to write a segment without a file: one flag per condition, all of them required (and). Or-groups need
 * a JSON file.
 *
 *   --lead "subject=Contoso Ltd Conference"     column=value          (eq)
 *   --lead "leadsourcecode!=10"                 column!=value         (ne)
 *   --lead "createdon:last-x-days=30"           column:operator=value
 *   --lead "leadsourcecode:in=7,8"              lists and ranges (in, between …) split on commas
 *   --contact "emailaddress1:not-null"          column:operator       (operators without a value)
 *   --include doNotBulkEmail                    switch an exclusion off
 *
 * Problems are reported against the flag that caused them: `--lead "subjet=…": 'subjet' is not a column of lead …`.
 */
import { SegmentDefinitionError, type SegmentIssue } from './errors/SegmentDefinitionError';
import { OPERATORS, isSegmentOperator } from './operators';
import { parseSegmentDefinition } from './parseSegmentDefinition';
import type { SegmentMetadata } from './SegmentMetadata';
import { SEGMENT_TABLES, type SegmentTable } from './segmentSchema';
import type { SegmentConditionJson, SegmentDefinition, SegmentDefinitionJson, SegmentGroupJson } from './types';

export interface SegmentFlags {
  readonly name?: string;
  readonly lead?: readonly string[];
  readonly contact?: readonly string[];
  readonly account?: readonly string[];
  /** Exclusions to switch off, by id: inactiveContacts, doNotBulkEmail, doNotEmail, minorsWithoutConsent. */
  readonly include?: readonly string[];
}

/** Flags → a definition as written (not yet checked against metadata), e.g. to save it as a JSON file. */
export function segmentJsonFromFlags(flags: SegmentFlags): SegmentDefinitionJson {
  const issues: SegmentIssue[] = [];
  const groups: Partial<Record<SegmentTable, SegmentGroupJson>> = {};
  for (const table of SEGMENT_TABLES) {
    const conditions = (flags[table] ?? []).flatMap((flag) => {
      const parsed = conditionFromFlag(flag);
      if (typeof parsed === 'string') {
        issues.push({ path: flagLabel(table, flag), message: parsed });
        return [];
      }
      return [parsed];
    });
    if (conditions.length > 0) groups[table] = { type: 'and', conditions };
  }
  const lead = groups.lead;
  if (!lead && issues.length === 0) {
    issues.push({
      path: '--lead',
      message: 'required: a segment chooses contacts through their leads, e.g. --lead "subject=…"',
    });
  }
  if (!lead || issues.length > 0) throw new SegmentDefinitionError(issues);
  // Unknown ids pass through here and are reported, with a suggestion, by the definition's own checks.
  const include: Record<string, boolean> = Object.fromEntries((flags.include ?? []).map((id) => [id, true]));
  return {
    ...(flags.name === undefined ? {} : { name: flags.name }),
    ...groups,
    lead,
    ...(flags.include?.length ? { include } : {}),
  };
}

/** Flags → a checked definition; problems name the flag that caused them. */
export function segmentFromFlags(flags: SegmentFlags, metadata: SegmentMetadata): SegmentDefinition {
  const json = segmentJsonFromFlags(flags);
  try {
    return parseSegmentDefinition(json, metadata);
  } catch (error) {
    if (!(error instanceof SegmentDefinitionError)) throw error;
    throw new SegmentDefinitionError(error.issues.map((issue) => ({ ...issue, path: flagPath(issue.path, flags) })));
  }
}

/** `column=value`, `column!=value`, `column:operator=value` or `column:operator`; a string says what is wrong. */
function conditionFromFlag(flag: string): SegmentConditionJson | string {
  const equals = flag.indexOf('=');
  const left = equals < 0 ? flag : flag.slice(0, equals);
  const value = equals < 0 ? undefined : flag.slice(equals + 1);
  let column = left;
  let operator = 'eq';
  if (left.endsWith('!')) {
    column = left.slice(0, -1);
    operator = 'ne';
  } else if (left.includes(':')) {
    column = left.slice(0, left.indexOf(':'));
    operator = left.slice(left.indexOf(':') + 1).trim();
  } else if (value === undefined) {
    return 'expected column=value, column!=value, column:operator=value or column:operator';
  }
  column = column.trim();
  if (column === '') return 'the column name is missing before the operator or =';
  if (value === undefined) return { column, operator };
  const arity = isSegmentOperator(operator) ? OPERATORS[operator].arity : 'single';
  const splitValue = arity === 'list' || arity === 'pair' ? value.split(',').map((item) => item.trim()) : value;
  return { column, operator, value: splitValue };
}

function flagLabel(table: SegmentTable, flag: string): string {
  return `--${table} ${JSON.stringify(flag)}`;
}

/** Maps a path in the generated JSON back to the flag it came from. */
function flagPath(path: string, flags: SegmentFlags): string {
  const condition = /^(lead|contact|account)\.conditions\[(\d+)\](?:\.value\[(\d+)\])?/.exec(path);
  if (condition) {
    const table = condition[1] as SegmentTable;
    const flag = flags[table]?.[Number(condition[2])];
    if (flag !== undefined) {
      const item = condition[3] === undefined ? '' : ` (value ${Number(condition[3]) + 1})`;
      return `${flagLabel(table, flag)}${item}`;
    }
  }
  const include = /^include\.(.+)$/.exec(path);
  if (include) return `--include ${include[1]}`;
  if ((SEGMENT_TABLES as readonly string[]).includes(path)) return `--${path}`;
  return path;
}
