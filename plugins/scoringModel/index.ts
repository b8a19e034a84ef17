/**
 * Where the scoring model lives and how it gets there: a JSON web resource named by leadlink_ScoringModelWebResource
 * (or, for models from before, an inline leadlink_ScoringModel value), read by the functions with a short cache,
 * uploaded — checked first — by `leadlink model upload`.
 */
export { modelSource, type ModelSource } from './modelSource';
export { publishWebResource } from './publishWebResource';
export { readModelText, type ModelText } from './readModelText';
export { readWebResource, type StoredWebResource } from './readWebResource';
export { SCORING_MODEL_CACHE_MS, ScoringModelReader, type LoadedScoringModel } from './ScoringModelReader';
export {
  DEFAULT_UPLOAD_NAME,
  ModelUploadError,
  uploadScoringModel,
  type UploadOptions,
  type UploadReport,
} from './uploadScoringModel';
export { decodeWebResourceContent, encodeWebResourceContent } from './webResourceContent';
export { webResourceNameProblem } from './webResourceName';
export { TEXT_WEB_RESOURCE_TYPES, WEB_RESOURCE_SPECS } from './webResourceSpecs';
