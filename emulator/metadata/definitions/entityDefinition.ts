import type { TableDef } from '../../../schema/types';
import type { Catalog } from '../catalog';
import { emulatorId } from '../../seed/platform';
import { attributeDefinition } from './attributeDefinition';
import type { MetadataObject } from './MetadataObject';

/**
 * A table as `EntityDefinitions` returns it: the EntityMetadata properties the declarations give, and its columns
 * as the `Attributes` collection-valued navigation property.
 */
export function entityDefinition(catalog: Catalog, table: TableDef): MetadataObject {
  return {
    type: 'EntityMetadata',
    properties: {
      MetadataId: entityMetadataId(table.logicalName),
      LogicalName: table.logicalName,
      EntitySetName: table.entitySetName,
      PrimaryIdAttribute: table.primaryIdAttribute,
      PrimaryNameAttribute: table.primaryNameAttribute,
      ObjectTypeCode: table.objectTypeCode ?? null,
      IsCustomEntity: catalog.isCustom(table.logicalName),
      // A user- or team-owned table has the ownerid column; every other table is organization-owned.
      OwnershipType: table.columns.some((c) => c.type === 'owner') ? 'UserOwned' : 'OrganizationOwned',
    },
    navigation: { Attributes: table.columns.map((column) => attributeDefinition(catalog, table, column)) },
  };
}

export function entityMetadataId(table: string): string {
  return emulatorId(`metadata:entity:${table}`);
}
