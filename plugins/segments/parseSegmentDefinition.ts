/**
 * Turns a segment definition as written (JSON) into a checked SegmentDefinition: every column exists in its table's
 * metadata, every operator is one FetchXML has and suits the column's type, every value fits the column (an option
 * value of the choice, a real date …). All problems are collected and reported together, each at its path, e.g.
 * `lead.conditions[1].column: 'subjet' is not a column of lead (did you mean 'subject'?)`.
 */
import { SegmentDefinitionError, type SegmentIssue } from './errors/SegmentDefinitionError';
import { EXCLUSIONS } from './exclusions';
import { describeValue } from './normalizeValue';
import { checkKeys, isObject, type Report } from './jsonChecks';
import { jsonSyntaxProblem } from '../common/problemList';
import { SegmentGroupParser } from './SegmentGroupParser';
import type { SegmentMetadata } from './SegmentMetadata';
import { CONTACT, SEGMENT_TABLES, type SegmentTable } from './segmentSchema';
import { EXCLUSION_IDS, type ExclusionId, type SegmentDefinition, type SegmentGroup } from './types';

const DEFINITION_KEYS = ['name', 'description', ...SEGMENT_TABLES, 'include'];

/** Parses the text of a segment definition file. */
export function parseSegmentJson(text: string, metadata: SegmentMetadata): SegmentDefinition {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SegmentDefinitionError([{ path: '(file)', message: jsonSyntaxProblem(error) }]);
  }
  return parseSegmentDefinition(raw, metadata);
}

export function parseSegmentDefinition(raw: unknown, metadata: SegmentMetadata): SegmentDefinition {
  const issues: SegmentIssue[] = [];
  const report = (path: string, message: string): void => void issues.push({ path, message });

  if (!isObject(raw)) {
    throw new SegmentDefinitionError([
      { path: '(definition)', message: `expected an object with "lead", "contact", …, got ${describeValue(raw)}` },
    ]);
  }
  checkKeys(raw, DEFINITION_KEYS, '', report);

  const name = optionalText(raw.name, 'name', report);
  const description = optionalText(raw.description, 'description', report);
  const include = parseInclude(raw.include, report);

  const tables: Partial<Record<SegmentTable, SegmentGroup>> = {};
  for (const table of SEGMENT_TABLES) {
    const section = raw[table];
    if (section === undefined) {
      if (table === 'lead') {
        report('lead', 'required: a segment chooses contacts through their leads, so it needs lead conditions');
      }
      continue;
    }
    const columns = metadata.columnsOf(table);
    if (columns === undefined) {
      report(table, `no metadata for table '${table}'`);
      continue;
    }
    const parser = new SegmentGroupParser(table, new Map(columns.map((column) => [column.name, column])), report);
    const group = parser.group(section, table, 0);
    if (group) tables[table] = group;
  }

  // With contact conditions, a missing contact table is already reported at `contact`.
  checkExclusionColumns(include, metadata, raw.contact === undefined, report);

  if (issues.length > 0) throw new SegmentDefinitionError(issues);
  const lead = tables.lead;
  if (!lead) throw new SegmentDefinitionError([{ path: 'lead', message: 'required' }]);
  return {
    ...(name === undefined ? {} : { name }),
    ...(description === undefined ? {} : { description }),
    lead,
    ...(tables.contact ? { contact: tables.contact } : {}),
    ...(tables.account ? { account: tables.account } : {}),
    include,
  };
}

function optionalText(raw: unknown, path: string, report: Report): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '') {
    report(path, `expected a non-empty text, got ${describeValue(raw)}`);
    return undefined;
  }
  return raw.trim();
}

function parseInclude(raw: unknown, report: Report): Record<ExclusionId, boolean> {
  const include: Record<ExclusionId, boolean> = {
    inactiveContacts: false,
    doNotBulkEmail: false,
    doNotEmail: false,
    minorsWithoutConsent: false,
  };
  if (raw === undefined) return include;
  if (!isObject(raw)) {
    report('include', `expected an object such as {"doNotEmail": true}, got ${describeValue(raw)}`);
    return include;
  }
  checkKeys(raw, EXCLUSION_IDS, 'include', report);
  for (const id of EXCLUSION_IDS) {
    const value = raw[id];
    if (value === undefined) continue;
    if (typeof value === 'boolean') include[id] = value;
    else report(`include.${id}`, `expected true or false, got ${describeValue(value)}`);
  }
  return include;
}

/** An exclusion that is on reads contact columns; a contact table without them cannot honour it. */
function checkExclusionColumns(
  include: Readonly<Record<ExclusionId, boolean>>,
  metadata: SegmentMetadata,
  reportMissingTable: boolean,
  report: Report,
): void {
  const columns = metadata.columnsOf(CONTACT.table);
  if (columns === undefined) {
    if (reportMissingTable && EXCLUSIONS.some((exclusion) => !include[exclusion.id])) {
      report(CONTACT.table, `no metadata for table '${CONTACT.table}', which the exclusions read`);
    }
    return;
  }
  const names = new Set(columns.map((column) => column.name));
  for (const exclusion of EXCLUSIONS) {
    if (include[exclusion.id]) continue;
    for (const column of exclusion.columns.filter((name) => !names.has(name))) {
      report(
        `include.${exclusion.id}`,
        `this exclusion needs contact.${column}, which this environment's contact table does not have; set it to true to go without it`,
      );
    }
  }
}
