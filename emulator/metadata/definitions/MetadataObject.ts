import type { Json } from './labels';

/**
 * One definition the metadata API serves — an EntityMetadata or a derived AttributeMetadata — split the way a query
 * sees it: structural properties (returned unless `$select` narrows them; `MetadataId` always), and navigation
 * properties (returned only when expanded).
 */
export interface MetadataObject {
  /** The entity type without namespace, e.g. `PicklistAttributeMetadata`. */
  readonly type: string;
  readonly properties: Json;
  readonly navigation: Readonly<Record<string, NavigationValue>>;
}

/** A single-valued navigation (OptionSet) holds an object or null; a collection (Attributes) a list. */
export type NavigationValue = Json | null | readonly MetadataObject[];
