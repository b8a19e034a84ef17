import type { ColumnDef } from '../../../schema/types';
import { PackError } from '../../errors/PackError';
import { el, textEl } from '../../xml/XmlNode';
import type { ColumnLabel } from '../metadata/tableLabels';
import { type AttributeSpec, optionSetNode } from './attributeNode';

/** The version LeadLink's components were introduced in (IntroducedVersion). */
export const INTRODUCED_VERSION = '1.0.0.0';
const CUSTOM_MASK = 'ValidForAdvancedFind|ValidForForm|ValidForGrid';

/**
 * A column LeadLink adds (schema/leadlink.ts), as solution XML: nvarchar and ntext with their lengths, whole
 * numbers with their range, yes/no and choice columns with their local option sets, date-times as user-local
 * date and time, single-table lookups.
 */
export function customColumnSpec(
  tableLogicalName: string,
  column: ColumnDef,
  label: ColumnLabel,
  primaryName: boolean,
): AttributeSpec {
  const base = {
    schemaName: label.schemaName,
    logicalName: column.name,
    requiredLevel: label.required ? 'required' : 'none',
    displayMask: primaryName ? `PrimaryName|${CUSTOM_MASK}|RequiredForForm` : CUSTOM_MASK,
    imeMode: 'auto',
    validForUpdate: column.validForUpdate ?? true,
    validForRead: true,
    validForCreate: column.validForCreate ?? true,
    isCustomField: true,
    isAuditEnabled: true,
    introducedVersion: INTRODUCED_VERSION,
    displayName: label.displayName,
    description: label.description,
  } as const;
  const optionSetName = `${tableLogicalName}_${column.name}`;
  switch (column.type) {
    case 'string':
      return {
        ...base,
        type: 'nvarchar',
        details: [
          textEl('Format', label.format ?? 'text'),
          textEl('MaxLength', required(column.maxLength, column, 'maxLength')),
          textEl('Length', 2 * required(column.maxLength, column, 'maxLength')),
        ],
      };
    case 'memo':
      return {
        ...base,
        type: 'ntext',
        details: [textEl('Format', 'textarea'), textEl('MaxLength', required(column.maxLength, column, 'maxLength'))],
      };
    case 'integer':
      return {
        ...base,
        type: 'int',
        details: [
          textEl('Format', ''),
          textEl('MinValue', required(column.min, column, 'min')),
          textEl('MaxValue', required(column.max, column, 'max')),
        ],
      };
    case 'boolean':
      return {
        ...base,
        type: 'bit',
        details: [
          textEl('AppDefaultValue', column.defaultValue === true ? 1 : 0),
          optionSetNode(
            optionSetName,
            'bit',
            label.displayName,
            label.description,
            options(column),
            INTRODUCED_VERSION,
          ),
        ],
      };
    case 'picklist':
      return {
        ...base,
        type: 'picklist',
        details: [
          textEl('AppDefaultValue', -1),
          optionSetNode(
            optionSetName,
            'picklist',
            label.displayName,
            label.description,
            options(column),
            INTRODUCED_VERSION,
          ),
        ],
      };
    case 'datetime':
      return {
        ...base,
        imeMode: 'inactive',
        type: 'datetime',
        details: [textEl('Format', 'datetime'), textEl('CanChangeDateTimeBehavior', 1), textEl('Behavior', 1)],
      };
    case 'lookup':
      return { ...base, type: 'lookup', details: [textEl('LookupStyle', 'single'), el('LookupTypes')] };
    default:
      throw new PackError(
        `Column '${tableLogicalName}.${column.name}' has type '${column.type}', which the packer does not write yet.`,
      );
  }
}

function required(value: number | undefined, column: ColumnDef, what: string): number {
  if (value === undefined) throw new PackError(`Column '${column.name}' (${column.type}) needs ${what} to be packed.`);
  return value;
}

function options(column: ColumnDef) {
  const entries = Object.entries(column.options ?? {});
  if (entries.length === 0) throw new PackError(`Column '${column.name}' (${column.type}) has no options.`);
  return entries.map(([value, label]) => ({ value: Number(value), label }));
}
