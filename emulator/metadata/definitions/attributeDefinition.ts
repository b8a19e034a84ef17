import type { ColumnDef, TableDef } from '../../../schema/types';
import type { Catalog } from '../catalog';
import { emulatorId } from '../../seed/platform';
import { ATTRIBUTE_KINDS, CHOICE_METADATA_TYPES } from './attributeTypes';
import type { Json } from './labels';
import type { MetadataObject } from './MetadataObject';
import { optionSetDefinition } from './optionSetDefinition';

/**
 * A column as `EntityDefinitions(LogicalName='…')/Attributes` returns it: the AttributeMetadata properties every
 * attribute shares, then those of its derived type (MaxLength, MinValue/MaxValue, Targets, DefaultValue), and for
 * choices the OptionSet / GlobalOptionSet navigation properties. Only what the table declarations know is served.
 */
export function attributeDefinition(catalog: Catalog, table: TableDef, column: ColumnDef): MetadataObject {
  const kind = ATTRIBUTE_KINDS[column.type];
  const properties: Json = {
    MetadataId: attributeMetadataId(table.logicalName, column.name),
    LogicalName: column.name,
    EntityLogicalName: table.logicalName,
    AttributeType: kind.attributeType,
    AttributeTypeName: { Value: kind.typeName },
    AttributeOf: null,
    IsPrimaryId: column.name === table.primaryIdAttribute,
    IsPrimaryName: column.name === table.primaryNameAttribute,
    IsCustomAttribute: catalog.isCustom(table.logicalName, column.name),
    IsValidForCreate: column.validForCreate !== false,
    IsValidForUpdate: column.validForUpdate !== false,
    IsValidForRead: column.validForRead !== false,
    ...typedProperties(column),
  };
  const optionSet = CHOICE_METADATA_TYPES.has(kind.metadataType) ? optionSetDefinition(table, column) : undefined;
  return {
    type: kind.metadataType,
    properties,
    navigation: optionSet === undefined ? {} : { OptionSet: optionSet, GlobalOptionSet: optionSet },
  };
}

export function attributeMetadataId(table: string, column: string): string {
  return emulatorId(`metadata:attribute:${table}.${column}`);
}

/** The properties of the derived type, by metadata type, as far as the declarations give them. */
export const TYPED_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  StringAttributeMetadata: ['MaxLength'],
  MemoAttributeMetadata: ['MaxLength'],
  IntegerAttributeMetadata: ['MinValue', 'MaxValue'],
  BigIntAttributeMetadata: ['MinValue', 'MaxValue'],
  DecimalAttributeMetadata: ['MinValue', 'MaxValue'],
  DoubleAttributeMetadata: ['MinValue', 'MaxValue'],
  MoneyAttributeMetadata: ['MinValue', 'MaxValue'],
  LookupAttributeMetadata: ['Targets'],
  BooleanAttributeMetadata: ['DefaultValue'],
  PicklistAttributeMetadata: ['DefaultFormValue'],
  MultiSelectPicklistAttributeMetadata: ['DefaultFormValue'],
  StateAttributeMetadata: ['DefaultFormValue'],
  StatusAttributeMetadata: ['DefaultFormValue'],
};

function typedProperties(column: ColumnDef): Json {
  switch (column.type) {
    case 'string':
    case 'memo':
      return { MaxLength: column.maxLength ?? null };
    case 'integer':
    case 'bigint':
    case 'decimal':
    case 'double':
    case 'money':
      return { MinValue: column.min ?? null, MaxValue: column.max ?? null };
    case 'lookup':
    case 'owner':
    case 'customer':
      return { Targets: [...(column.targets ?? [])] };
    case 'boolean':
      return { DefaultValue: typeof column.defaultValue === 'boolean' ? column.defaultValue : null };
    case 'picklist':
    case 'multiselect':
    case 'state':
    case 'status':
      return { DefaultFormValue: typeof column.defaultValue === 'number' ? column.defaultValue : null };
    default:
      return {};
  }
}
