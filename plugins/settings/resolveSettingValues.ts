import { ENVIRONMENT_VARIABLE } from '../../schema/names';

/** An environmentvariabledefinition row with its values expanded, as the Web API returns it. */
export interface DefinitionRow {
  readonly [column: string]: unknown;
}

/** What the definition rows say: the text in force (value, else default), the current values alone, what is defined. */
export interface ResolvedSettings {
  readonly texts: ReadonlyMap<string, string>;
  readonly values: ReadonlyMap<string, string>;
  readonly defined: ReadonlySet<string>;
}

/**
 * Each variable's text is its current value when it has one, else the definition's default, as Dataverse resolves
 * them; a variable with neither has no text but is still defined.
 */
export function resolveSettingValues(rows: readonly DefinitionRow[]): ResolvedSettings {
  const texts = new Map<string, string>();
  const values = new Map<string, string>();
  const defined = new Set<string>();
  for (const row of rows) {
    const name = row[ENVIRONMENT_VARIABLE.schemaName];
    if (typeof name !== 'string') continue;
    defined.add(name);
    const expanded = row[ENVIRONMENT_VARIABLE.valuesNav];
    const current = Array.isArray(expanded)
      ? (expanded as readonly Record<string, unknown>[]).find(
          (v) => typeof v[ENVIRONMENT_VARIABLE.value] === 'string',
        )?.[ENVIRONMENT_VARIABLE.value]
      : undefined;
    if (typeof current === 'string') values.set(name, current);
    const text = current ?? row[ENVIRONMENT_VARIABLE.defaultValue];
    if (typeof text === 'string') texts.set(name, text);
  }
  return { texts, values, defined };
}
