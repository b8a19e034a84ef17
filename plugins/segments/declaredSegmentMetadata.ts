/**
 * Segment metadata from the table declarations the emulator serves: Microsoft's tables (from their table references)
 * with LeadLink's customizations imported, merged the way the emulator merges them. For servers without EntityDefinitions.
 */
import { Catalog } from '../../emulator/metadata/catalog';
import { MICROSOFT_TABLES } from '../../emulator/metadata/tables';
import { LEADLINK_CUSTOMIZATIONS } from '../../schema/customizations';
import { segmentMetadataFromTables, type SegmentMetadata } from './SegmentMetadata';

let declared: SegmentMetadata | undefined;

export function declaredSegmentMetadata(): SegmentMetadata {
  if (!declared) {
    const catalog = new Catalog(MICROSOFT_TABLES);
    catalog.importTables(LEADLINK_CUSTOMIZATIONS);
    declared = segmentMetadataFromTables(catalog.tables());
  }
  return declared;
}
