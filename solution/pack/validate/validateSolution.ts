import { Catalog } from '../../../emulator/metadata/catalog';
import { MICROSOFT_TABLES } from '../../../emulator/metadata/tables';
import type { TableDef } from '../../../schema/types';
import { SolutionSourceError } from '../../errors/SolutionSourceError';
import { parseXml } from '../../xml/parseXml';
import { CUSTOMIZATIONS_FILE, SOLUTION_FILE } from '../buildSolution';
import { checkContentTypes } from './checks/checkContentTypes';
import { checkEnvironmentVariables } from './checks/checkEnvironmentVariables';
import { checkManifest } from './checks/checkManifest';
import { checkPrefixes } from './checks/checkPrefixes';
import { checkRootComponents } from './checks/checkRootComponents';
import { checkViews, type ColumnExists } from './checks/checkViews';
import { checkWebhook } from './checks/checkWebhook';
import { checkWebResources } from './checks/checkWebResources';
import type { ParsedSolution } from './checks/ParsedSolution';
import { schemasDirOrDefault } from '../../../plugins/segments';
import { customizationsStructureProblems } from './structure';
import { customizationsSchemaProblems } from './validateAgainstSchemas';

export interface ValidationOptions {
  /** The folder of Microsoft's XSDs; LEADLINK_SCHEMAS_DIR when not given; none means LeadLink's checks only. */
  readonly schemasDir?: string;
}

/**
 * Checks a solution's files as they would be zipped: customizations.xml (views' FetchXML included) against the
 * structure rules of what LeadLink writes (element order, required elements and attributes, allowed values: what
 * Microsoft's XSDs check), against Microsoft's XSDs themselves when their folder is known, and LeadLink's own checks
 * where Microsoft publishes no schema (solution.xml, root components ↔ files, prefixes, environment variables,
 * content types, the webhook, web resources, views). Returns every problem found; none means valid.
 */
export async function validateSolution(
  files: ReadonlyMap<string, Buffer>,
  customTables: readonly TableDef[],
  options: ValidationOptions = {},
): Promise<string[]> {
  const read = (name: string) => {
    const bytes = files.get(name);
    if (!bytes) throw new SolutionSourceError(name, 'is missing from the solution');
    return parseXml(bytes.toString('utf8'), name);
  };
  const parsed: ParsedSolution = { files, solution: read(SOLUTION_FILE), customizations: read(CUSTOMIZATIONS_FILE) };
  const schemasDir = schemasDirOrDefault(options.schemasDir);
  return [
    ...customizationsStructureProblems(parsed.customizations),
    ...(schemasDir === undefined ? [] : await customizationsSchemaProblems(parsed.customizations, schemasDir)),
    ...checkManifest(parsed),
    ...checkRootComponents(parsed),
    ...checkPrefixes(parsed),
    ...checkEnvironmentVariables(parsed),
    ...checkContentTypes(parsed),
    ...checkWebhook(parsed),
    ...checkWebResources(parsed),
    ...checkViews(parsed, declaredColumns(customTables)),
  ];
}

/** Columns as the repository declares them: Microsoft's tables (from their references) with LeadLink's additions. */
function declaredColumns(customTables: readonly TableDef[]): ColumnExists {
  const catalog = new Catalog(MICROSOFT_TABLES);
  catalog.importTables(customTables);
  return (table, column) => catalog.column(table, column) !== undefined;
}
