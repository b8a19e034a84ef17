import { ENV_VAR_TYPE, type EnvironmentVariableSpec } from '../../../schema/environmentVariables';
import { PUBLISHER_PREFIX } from '../../../schema/leadlink';
import { PackError } from '../../errors/PackError';
import { renderDocument, ZIP_NEWLINE } from '../../xml/renderXml';
import { el, textEl } from '../../xml/XmlNode';
import { COMPONENT_TYPE, type RootComponent } from '../RootComponent';

export const ENV_VAR_FOLDER = 'environmentvariabledefinitions';
export const ENV_VAR_FILE = 'environmentvariabledefinition.xml';

export interface EnvironmentVariableFiles {
  readonly files: ReadonlyMap<string, string>;
  readonly rootComponents: readonly RootComponent[];
}

/**
 * One definition file per environment variable, in the folder layout and element order of Dataverse's exports
 * (microsoft/PowerApps-Samples, dataverse/orgsvc/CSharp/SolutionStagingAndImport/Contoso_sample_1_0_0_1_managed.zip:
 * environmentvariabledefinitions/<schema name>/environmentvariabledefinition.xml, elements alphabetical, `defaultvalue`
 * first when there is one, left out when there is none). No environmentvariablevalues.json: a shipped value
 * would override what the admin sets; the defaults apply until then.
 */
export function environmentVariableFiles(specs: readonly EnvironmentVariableSpec[]): EnvironmentVariableFiles {
  const files = new Map<string, string>();
  for (const spec of specs) {
    checkSpec(spec);
    const xml = el(
      'environmentvariabledefinition',
      { schemaname: spec.schemaName },
      spec.defaultValue === undefined ? undefined : textEl('defaultvalue', spec.defaultValue),
      el(
        'description',
        { default: spec.description },
        el('label', { description: spec.description, languagecode: 1033 }),
      ),
      el(
        'displayname',
        { default: spec.displayName },
        el('label', { description: spec.displayName, languagecode: 1033 }),
      ),
      textEl('introducedversion', '1.0.0.0'),
      textEl('iscustomizable', 1),
      textEl('isrequired', 0),
      textEl('secretstore', 0),
      textEl('type', spec.type),
    );
    files.set(
      `${ENV_VAR_FOLDER}/${spec.schemaName}/${ENV_VAR_FILE}`,
      renderDocument(xml, { declaration: false, newline: ZIP_NEWLINE }),
    );
  }
  return {
    files,
    rootComponents: specs.map((s) => ({
      type: COMPONENT_TYPE.environmentVariableDefinition,
      schemaName: s.schemaName,
      behavior: 0,
    })),
  };
}

/**
 * environmentvariabledefinition.defaultvalue holds at most 2000 characters (its table reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition).
 */
export const MAX_DEFAULT_VALUE = 2000;

/** A default Dataverse would refuse, or store but LeadLink could not read back, is a packing error, named. */
export function defaultValueProblem(spec: {
  readonly type: number;
  readonly defaultValue?: string | undefined;
}): string | undefined {
  const value = spec.defaultValue;
  if (value === undefined) return undefined;
  if (value.length > MAX_DEFAULT_VALUE) {
    return `the default is ${value.length} characters long; Dataverse keeps at most ${MAX_DEFAULT_VALUE}`;
  }
  switch (spec.type) {
    case ENV_VAR_TYPE.boolean:
      return ['yes', 'no'].includes(value) ? undefined : `a Boolean default must be 'yes' or 'no', got '${value}'`;
    case ENV_VAR_TYPE.number:
      return value.trim() !== '' && Number.isFinite(Number(value))
        ? undefined
        : `a Number default must be a number, got '${value}'`;
    case ENV_VAR_TYPE.json:
      try {
        JSON.parse(value);
        return undefined;
      } catch (error) {
        return `a JSON default must parse: ${(error as Error).message}`;
      }
    default:
      return undefined;
  }
}

function checkSpec(spec: EnvironmentVariableSpec): void {
  if (!spec.schemaName.startsWith(`${PUBLISHER_PREFIX}_`)) {
    throw new PackError(
      `Environment variable '${spec.schemaName}' must start with the publisher prefix '${PUBLISHER_PREFIX}_'.`,
    );
  }
  const problem = defaultValueProblem(spec);
  if (problem) throw new PackError(`Environment variable '${spec.schemaName}': ${problem}.`);
}
