/**
 * Where a segment's metadata comes from: the environment's EntityDefinitions, or — only when the server answers that
 * it has no metadata API at all ("resource not found for the segment", as the emulator does) — a fallback the caller
 * names, such as the emulator's table declarations. Any other failure propagates: a real environment never silently
 * falls back to declarations that may not match it.
 */
import type { DataverseClient } from '../../dataverse';
import { isDataverseError, SEGMENT_ERROR_CODE } from './dataverseCodes';
import { entityDefinitionsMetadata } from './entityDefinitionsMetadata';
import type { SegmentMetadata } from './SegmentMetadata';

export type SegmentMetadataSource = 'EntityDefinitions' | 'table declarations';

export interface LoadedSegmentMetadata {
  readonly metadata: SegmentMetadata;
  readonly source: SegmentMetadataSource;
}

export interface LoadSegmentMetadataOptions {
  /** Used when the server has no EntityDefinitions; without it that case is an error. */
  readonly fallback?: () => SegmentMetadata;
}

export async function loadSegmentMetadata(
  client: DataverseClient,
  options: LoadSegmentMetadataOptions = {},
): Promise<LoadedSegmentMetadata> {
  try {
    return { metadata: await entityDefinitionsMetadata(client), source: 'EntityDefinitions' };
  } catch (error) {
    if (options.fallback && isDataverseError(error, SEGMENT_ERROR_CODE.resourceNotFound, 404)) {
      return { metadata: options.fallback(), source: 'table declarations' };
    }
    throw error;
  }
}
