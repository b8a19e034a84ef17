import type { DataverseClient } from '../../dataverse';
import { odataString } from '../../dataverse';
import { ENVIRONMENT_VARIABLE } from '../../schema/names';
import { ENVIRONMENT_VARIABLE_SPECS } from '../../plugins/settings/environmentVariableSpecs';

/**
 * Creates LeadLink's environment variable definitions in an environment that lacks them — what importing the
 * solution does — and sets current values where asked. Existing definitions and values are left as they are.
 */
export async function importEnvironmentVariables(
  client: DataverseClient,
  values: Readonly<Record<string, string>> = {},
): Promise<void> {
  for (const spec of ENVIRONMENT_VARIABLE_SPECS) {
    const existing = await client.queryAll(ENVIRONMENT_VARIABLE.definitionSet, {
      select: ['environmentvariabledefinitionid'],
      filter: `${ENVIRONMENT_VARIABLE.schemaName} eq ${odataString(spec.schemaName)}`,
    });
    const id =
      (existing[0]?.environmentvariabledefinitionid as string | undefined) ??
      (await client.create(ENVIRONMENT_VARIABLE.definitionSet, {
        schemaname: spec.schemaName,
        displayname: spec.displayName,
        description: spec.description,
        type: spec.type,
        ...(spec.defaultValue === undefined ? {} : { defaultvalue: spec.defaultValue }),
      }));
    const value = values[spec.schemaName];
    if (value === undefined) continue;
    const current = await client.queryAll(ENVIRONMENT_VARIABLE.valueSet, {
      select: ['environmentvariablevalueid'],
      filter: `_environmentvariabledefinitionid_value eq ${id}`,
    });
    if (current.length > 0) continue;
    await client.create(ENVIRONMENT_VARIABLE.valueSet, {
      schemaname: spec.schemaName,
      value,
      [`${ENVIRONMENT_VARIABLE.definitionNav}@odata.bind`]: `/${ENVIRONMENT_VARIABLE.definitionSet}(${id})`,
    });
  }
}
