import { fault } from '../../errors/faults';
import { queryFault } from '../../odata/queryFaults';
import { BASE_ATTRIBUTE_TYPE } from './attributeTypes';
import {
  attributeProperties,
  BOOLEAN_OPTION_SET_PROPERTIES,
  ENTITY_PROPERTIES,
  OPTION_SET_PROPERTIES,
  type TypeProperties,
} from './metadataProperties';

/** A metadata type as a query sees it: its name, its properties and where its navigation properties lead. */
export interface MetadataType {
  readonly name: string;
  readonly properties: TypeProperties;
  navigation(name: string): MetadataType | undefined;
}

const OPTION_SET_TYPE: MetadataType = {
  name: 'OptionSetMetadata',
  properties: OPTION_SET_PROPERTIES,
  navigation: () => undefined,
};

const BOOLEAN_OPTION_SET_TYPE: MetadataType = {
  name: 'BooleanOptionSetMetadata',
  properties: BOOLEAN_OPTION_SET_PROPERTIES,
  navigation: () => undefined,
};

export function attributeType(metadataType: string = BASE_ATTRIBUTE_TYPE): MetadataType {
  const properties = attributeProperties(metadataType);
  return {
    name: metadataType,
    properties,
    navigation: (name) =>
      properties.navigation.has(name)
        ? metadataType === 'BooleanAttributeMetadata'
          ? BOOLEAN_OPTION_SET_TYPE
          : OPTION_SET_TYPE
        : undefined,
  };
}

export const ENTITY_TYPE: MetadataType = {
  name: 'EntityMetadata',
  properties: ENTITY_PROPERTIES,
  navigation: (name) => (name === 'Attributes' ? attributeType() : undefined),
};

/**
 * Checks a structural property name used in `$select` or `$filter`: unknown to the type → Dataverse's 400; known to
 * Dataverse but not served by the emulator → 501, saying which.
 */
export function checkProperty(type: MetadataType, name: string): void {
  if (type.properties.served.has(name)) return;
  if (type.properties.navigation.has(name)) throw queryFault.navigationInSelect(name, type.name, undefined);
  if (type.properties.unserved.has(name)) {
    throw queryFault.notImplemented(`The ${name} property of ${type.name} (table declarations do not record it)`);
  }
  throw fault.unknownProperty(type.name, name);
}
