import type { ColumnDef, TableDef } from '../../../schema/types';
import { emulatorId } from '../../seed/platform';
import { EMPTY_LABEL, label, type Json } from './labels';

/**
 * A choice column's option set as `$expand=OptionSet` returns it: Options with Value and Label; state options carry
 * DefaultStatus and InvariantName, status options their State; a Yes/No column has TrueOption and FalseOption.
 * The emulator does not record which choices use a global option set, so GlobalOptionSet answers with the same
 * definition — the docs say the options can be read from either property whichever way the column is configured
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-metadata-name-metadataid).
 */
export function optionSetDefinition(table: TableDef, column: ColumnDef): Json | null {
  const options = column.options;
  if (options === undefined) return null;
  const name = `${table.logicalName}_${column.name}`;
  const base = {
    MetadataId: emulatorId(`metadata:optionset:${name}`),
    Name: name,
    IsGlobal: false,
    IsCustomOptionSet: false,
    IsManaged: true,
    OptionSetType: OPTION_SET_TYPE[column.type] ?? 'Picklist',
  };
  if (column.type === 'boolean') {
    return {
      ...base,
      TrueOption: option(name, 1, options[1] ?? 'Yes'),
      FalseOption: option(name, 0, options[0] ?? 'No'),
    };
  }
  const defaultStatus = defaultStatuses(table);
  return {
    ...base,
    Options: Object.entries(options).map(([value, text]) => {
      const number = Number(value);
      const extra =
        column.type === 'state'
          ? { DefaultStatus: defaultStatus.get(number) ?? null, InvariantName: text.replace(/\s+/g, '') }
          : column.type === 'status'
            ? { State: column.statusState?.[number] ?? null, TransitionData: null }
            : {};
      return { ...option(name, number, text), ...extra };
    }),
  };
}

const OPTION_SET_TYPE: Partial<Record<ColumnDef['type'], string>> = {
  picklist: 'Picklist',
  multiselect: 'Picklist',
  state: 'State',
  status: 'Status',
  boolean: 'Boolean',
};

function option(setName: string, value: number, text: string): Json {
  return {
    Value: value,
    Color: null,
    IsManaged: true,
    ExternalValue: null,
    ParentValues: [],
    Tag: null,
    IsHidden: false,
    MetadataId: null,
    HasChanged: null,
    Label: label(text, `${setName}:${value}`),
    Description: EMPTY_LABEL,
  };
}

/** Each state's default status reason: the first status the table lists for it (the references list it first). */
function defaultStatuses(table: TableDef): Map<number, number> {
  const status = table.columns.find((c) => c.type === 'status');
  const defaults = new Map<number, number>();
  for (const [value, state] of Object.entries(status?.statusState ?? {})) {
    if (!defaults.has(state)) defaults.set(state, Number(value));
  }
  return defaults;
}
