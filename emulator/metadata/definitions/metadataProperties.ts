import { BASE_ATTRIBUTE_TYPE, CHOICE_METADATA_TYPES } from './attributeTypes';
import { TYPED_PROPERTIES } from './attributeDefinition';

/**
 * Which property names each metadata type has, to check `$select`, `$filter` and `$expand` the way Dataverse checks
 * them: a name the type does not have is a 400; a name it has but the emulator's declarations cannot fill (display
 * names, schema names, managed properties…) is a 501 that says so, never an invented value. Names: the EntityMetadata
 * and AttributeMetadata types of the Web API reference
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/entitymetadata,
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/attributemetadata).
 */
export interface TypeProperties {
  readonly served: ReadonlySet<string>;
  readonly unserved: ReadonlySet<string>;
  readonly navigation: ReadonlySet<string>;
}

const ATTRIBUTE_SERVED = [
  'MetadataId',
  'LogicalName',
  'EntityLogicalName',
  'AttributeType',
  'AttributeTypeName',
  'AttributeOf',
  'IsPrimaryId',
  'IsPrimaryName',
  'IsCustomAttribute',
  'IsValidForCreate',
  'IsValidForUpdate',
  'IsValidForRead',
];

const ATTRIBUTE_UNSERVED = [
  'SchemaName',
  'DisplayName',
  'Description',
  'RequiredLevel',
  'ColumnNumber',
  'IntroducedVersion',
  'DeprecatedVersion',
  'ExternalName',
  'HasChanged',
  'InheritsFrom',
  'IsAuditEnabled',
  'IsCustomizable',
  'IsDataSourceSecret',
  'IsFilterable',
  'IsGlobalFilterEnabled',
  'IsLogical',
  'IsManaged',
  'IsRenameable',
  'IsRequiredForForm',
  'IsRetrievable',
  'IsSearchable',
  'IsSecured',
  'IsSortableEnabled',
  'IsValidForAdvancedFind',
  'IsValidForForm',
  'IsValidForGrid',
  'LinkedAttributeId',
  'SourceType',
  'AutoNumberFormat',
  'CanBeSecuredForCreate',
  'CanBeSecuredForRead',
  'CanBeSecuredForUpdate',
  'CanModifyAdditionalSettings',
  'CreatedOn',
  'ModifiedOn',
  'Settings',
];

const ENTITY_SERVED = [
  'MetadataId',
  'LogicalName',
  'EntitySetName',
  'PrimaryIdAttribute',
  'PrimaryNameAttribute',
  'ObjectTypeCode',
  'IsCustomEntity',
  'OwnershipType',
];

const ENTITY_UNSERVED = [
  'SchemaName',
  'DisplayName',
  'DisplayCollectionName',
  'Description',
  'CollectionSchemaName',
  'LogicalCollectionName',
  'IntroducedVersion',
  'IsActivity',
  'IsActivityParty',
  'IsAuditEnabled',
  'IsCustomizable',
  'IsIntersect',
  'IsManaged',
  'IsValidForAdvancedFind',
  'IsKnowledgeManagementEnabled',
  'IsValidForQueue',
  'ChangeTrackingEnabled',
  'CanCreateAttributes',
  'HasActivities',
  'HasNotes',
  'PrimaryImageAttribute',
  'CreatedOn',
  'ModifiedOn',
];

const ENTITY_UNSERVED_NAVIGATION = [
  'Keys',
  'ManyToManyRelationships',
  'ManyToOneRelationships',
  'OneToManyRelationships',
];

export const ENTITY_PROPERTIES: TypeProperties = {
  served: new Set(ENTITY_SERVED),
  unserved: new Set([...ENTITY_UNSERVED, ...ENTITY_UNSERVED_NAVIGATION]),
  navigation: new Set(['Attributes']),
};

/** The properties of `AttributeMetadata` (no cast), or of a derived type after a cast. */
export function attributeProperties(metadataType: string): TypeProperties {
  const typed = metadataType === BASE_ATTRIBUTE_TYPE ? [] : (TYPED_PROPERTIES[metadataType] ?? []);
  return {
    served: new Set([...ATTRIBUTE_SERVED, ...typed]),
    unserved: new Set(ATTRIBUTE_UNSERVED),
    navigation: CHOICE_METADATA_TYPES.has(metadataType) ? new Set(['OptionSet', 'GlobalOptionSet']) : new Set(),
  };
}

/** An expanded OptionSet (OptionSetMetadata or BooleanOptionSetMetadata). */
export const OPTION_SET_PROPERTIES: TypeProperties = {
  served: new Set(['MetadataId', 'Name', 'IsGlobal', 'IsCustomOptionSet', 'IsManaged', 'OptionSetType', 'Options']),
  unserved: new Set(['Description', 'DisplayName', 'IsCustomizable', 'IntroducedVersion', 'ExternalTypeName']),
  navigation: new Set(),
};

/** Boolean option sets (BooleanOptionSetMetadata) have TrueOption / FalseOption instead of Options. */
export const BOOLEAN_OPTION_SET_PROPERTIES: TypeProperties = {
  ...OPTION_SET_PROPERTIES,
  served: new Set([...[...OPTION_SET_PROPERTIES.served].filter((p) => p !== 'Options'), 'TrueOption', 'FalseOption']),
};
