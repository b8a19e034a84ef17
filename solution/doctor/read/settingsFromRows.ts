import type { ODataRecord } from '../../../dataverse';
import type { EnvironmentSettings } from '../../../plugins/settings/EnvironmentSettings';
import { parseFlag } from '../../../plugins/settings/parseFlag';
import { resolveSettingValues } from '../../../plugins/settings/resolveSettingValues';

/** LeadLink's settings as the functions resolve them, from the environment variable rows doctor already read. */
export function settingsFromRows(rows: readonly ODataRecord[]): EnvironmentSettings {
  const { texts, values, defined } = resolveSettingValues(rows);
  return {
    text: async (schemaName) => texts.get(schemaName),
    value: async (schemaName) => values.get(schemaName),
    defined: async (schemaName) => defined.has(schemaName),
    flag: async (schemaName) => parseFlag(schemaName, texts.get(schemaName)),
  };
}
