import { ENVIRONMENT_VARIABLE } from '../../schema/names';

/** An environmentvariabledefinition row with its values expanded, as the Web API returns it. */
export interface DefinitionRow {
  readonly [column: string]: unknown;
}

/**
 * Each variable's text: its current value when it has one, else the definition's default, as Dataverse resolves
 * them; a variable with neither is left out.
 */
export function resolveSettingValues(rows: readonly DefinitionRow[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const row of rows) {
    const name = row[ENVIRONMENT_VARIABLE.schemaName];
    const expanded = row[ENVIRONMENT_VARIABLE.valuesNav];
    const current = Array.isArray(expanded)
      ? (expanded as readonly Record<string, unknown>[]).find(
          (v) => typeof v[ENVIRONMENT_VARIABLE.value] === 'string',
        )?.[ENVIRONMENT_VARIABLE.value]
      : undefined;
    const text = current ?? row[ENVIRONMENT_VARIABLE.defaultValue];
    if (typeof name === 'string' && typeof text === 'string') values.set(name, text);
  }
  return values;
}
