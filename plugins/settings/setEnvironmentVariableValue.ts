import { odataString, type DataverseClient } from '../../dataverse';
import { ENVIRONMENT_VARIABLE } from '../../schema/names';

export type ValueChange = 'created' | 'updated' | 'unchanged';

/**
 * Sets an environment variable's current value as an admin does in the maker portal: its value row, created when
 * there is none (bound to the definition), updated when it differs. The definition comes with the solution; a
 * missing one is an error, and nothing is written.
 */
export async function setEnvironmentVariableValue(
  client: DataverseClient,
  schemaName: string,
  value: string,
): Promise<ValueChange> {
  const [definition] = await client.queryAll(ENVIRONMENT_VARIABLE.definitionSet, {
    select: [ENVIRONMENT_VARIABLE.definitionId],
    filter: `${ENVIRONMENT_VARIABLE.schemaName} eq ${odataString(schemaName)}`,
    expand: [
      { property: ENVIRONMENT_VARIABLE.valuesNav, select: [ENVIRONMENT_VARIABLE.valueId, ENVIRONMENT_VARIABLE.value] },
    ],
  });
  const definitionId = definition?.[ENVIRONMENT_VARIABLE.definitionId];
  if (typeof definitionId !== 'string') {
    throw new Error(`The environment variable ${schemaName} is not in this environment: import the LeadLink solution.`);
  }
  const values = definition?.[ENVIRONMENT_VARIABLE.valuesNav];
  const current = Array.isArray(values) ? (values[0] as Record<string, unknown> | undefined) : undefined;
  const currentId = current?.[ENVIRONMENT_VARIABLE.valueId];
  if (typeof currentId === 'string') {
    if (current?.[ENVIRONMENT_VARIABLE.value] === value) return 'unchanged';
    await client.update(ENVIRONMENT_VARIABLE.valueSet, currentId, { [ENVIRONMENT_VARIABLE.value]: value });
    return 'updated';
  }
  await client.create(ENVIRONMENT_VARIABLE.valueSet, {
    [ENVIRONMENT_VARIABLE.schemaName]: schemaName,
    [ENVIRONMENT_VARIABLE.value]: value,
    [`${ENVIRONMENT_VARIABLE.definitionNav}@odata.bind`]: `/${ENVIRONMENT_VARIABLE.definitionSet}(${definitionId})`,
  });
  return 'created';
}
