/**
 * Segments: contacts chosen through their leads, compiled to FetchXML (pure), then previewed and saved as marketing
 * lists through the Dataverse client.
 */
export { closeNames } from './suggest';
export { compileSegment, SEGMENT_COLUMNS, SEGMENT_COUNT_ALIAS } from './compileSegment';
export type { CompileOptions, CompiledExclusion, CompiledSegment } from './compileSegment';
export { SegmentDefinitionError } from './errors/SegmentDefinitionError';
export type { SegmentIssue } from './errors/SegmentDefinitionError';
export { SchemaFileNotFoundError } from './errors/SchemaFileNotFoundError';
export { XmlSchemaValidationError } from './errors/XmlSchemaValidationError';
export { EXCLUSIONS } from './exclusions';
export type { Exclusion } from './exclusions';
export { fetchXsdPath, findRepoRoot, schemaPath, schemasDirOrDefault, SCHEMAS_DIR_VARIABLE } from './fetchXsdPath';
export { fixSchemaForLibxml2 } from './libxml2SchemaFixes';
export { OPERATORS, OPERATORS_BY_TYPE, OPERATOR_NAMES } from './operators';
export type { SegmentOperator } from './operators';
export { parseSegmentDefinition, parseSegmentJson } from './parseSegmentDefinition';
export { readSegmentCount } from './readSegmentCount';
export { segmentFromFlags, segmentJsonFromFlags } from './segmentFromFlags';
export type { SegmentFlags } from './segmentFromFlags';
export { segmentMetadataFromTables } from './SegmentMetadata';
export type { SegmentColumn, SegmentMetadata } from './SegmentMetadata';
export { EXCLUSION_IDS } from './types';
export type * from './types';
export {
  assertValidAgainstXsd,
  assertValidFetchXml,
  validateDocumentsAgainstXsd,
  validateFetchXml,
  validateXmlAgainstXsd,
} from './validateFetchXml';
export type { SchemaOptions, XmlValidationResult } from './validateFetchXml';
export { entityDefinitionsMetadata } from './entityDefinitionsMetadata';
export { MarketingListError } from './errors/MarketingListError';
export { formatSegmentPreview } from './formatSegmentPreview';
export { deterministicListId, LEADLINK_LIST_NAMESPACE } from './listId';
export { LIST, LIST_MEMBER, LIST_MEMBER_TYPE_CONTACT } from './marketingListSchema';
export { PREVIEW_SIZE, previewSegment } from './previewSegment';
export type { PreviewOptions, SegmentContact, SegmentExclusionCount, SegmentPreview } from './previewSegment';
export { saveSegmentList } from './saveSegmentList';
export type { MarketingListKind, SavedList, SaveListOptions } from './saveSegmentList';
export { describeCount, runSegmentCount } from './segmentCount';
export type { SegmentCount } from './segmentCount';
export type { MemberProgress, MemberSync } from './syncStaticMembers';
export { METADATA_CACHE_MS, SegmentMetadataCache } from './segmentMetadataCache';
