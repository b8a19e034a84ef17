import type { ColumnType } from '../../../schema/types';

/**
 * How each column type appears in the metadata API: its AttributeTypeCode (`AttributeType`), its
 * AttributeTypeDisplayName (`AttributeTypeName.Value`) and the derived AttributeMetadata type its `@odata.type` names
 * and a cast (`Attributes/Microsoft.Dynamics.CRM.<type>`) selects. A multi-select choice is AttributeType Virtual
 * with AttributeTypeName MultiSelectPicklistType; owner and customer columns are LookupAttributeMetadata.
 * Sources: the AttributeMetadata derived types of Microsoft's Web API samples
 * (github.com/microsoft/PowerApps-Samples, dataverse/webapi/C#-NETx/WebAPIService/Metadata/Types/*AttributeMetadata.cs)
 * and "Query table definitions using the Web API"
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api).
 */
export interface AttributeKind {
  readonly attributeType: string;
  readonly typeName: string;
  readonly metadataType: string;
}

export const ATTRIBUTE_KINDS: Readonly<Record<ColumnType, AttributeKind>> = {
  uniqueidentifier: kind('Uniqueidentifier', 'UniqueidentifierType', 'UniqueIdentifierAttributeMetadata'),
  string: kind('String', 'StringType', 'StringAttributeMetadata'),
  memo: kind('Memo', 'MemoType', 'MemoAttributeMetadata'),
  integer: kind('Integer', 'IntegerType', 'IntegerAttributeMetadata'),
  bigint: kind('BigInt', 'BigIntType', 'BigIntAttributeMetadata'),
  decimal: kind('Decimal', 'DecimalType', 'DecimalAttributeMetadata'),
  double: kind('Double', 'DoubleType', 'DoubleAttributeMetadata'),
  money: kind('Money', 'MoneyType', 'MoneyAttributeMetadata'),
  boolean: kind('Boolean', 'BooleanType', 'BooleanAttributeMetadata'),
  datetime: kind('DateTime', 'DateTimeType', 'DateTimeAttributeMetadata'),
  picklist: kind('Picklist', 'PicklistType', 'PicklistAttributeMetadata'),
  multiselect: kind('Virtual', 'MultiSelectPicklistType', 'MultiSelectPicklistAttributeMetadata'),
  state: kind('State', 'StateType', 'StateAttributeMetadata'),
  status: kind('Status', 'StatusType', 'StatusAttributeMetadata'),
  lookup: kind('Lookup', 'LookupType', 'LookupAttributeMetadata'),
  owner: kind('Owner', 'OwnerType', 'LookupAttributeMetadata'),
  customer: kind('Customer', 'CustomerType', 'LookupAttributeMetadata'),
  entityname: kind('EntityName', 'EntityNameType', 'EntityNameAttributeMetadata'),
};

/** The base type every attribute shares, and the one `Attributes` answers with when not cast. */
export const BASE_ATTRIBUTE_TYPE = 'AttributeMetadata';

/** The derived types that carry OptionSet / GlobalOptionSet navigation properties. */
export const CHOICE_METADATA_TYPES: ReadonlySet<string> = new Set([
  'PicklistAttributeMetadata',
  'MultiSelectPicklistAttributeMetadata',
  'StateAttributeMetadata',
  'StatusAttributeMetadata',
  'BooleanAttributeMetadata',
  'EntityNameAttributeMetadata',
]);

function kind(attributeType: string, typeName: string, metadataType: string): AttributeKind {
  return { attributeType, typeName, metadataType };
}
