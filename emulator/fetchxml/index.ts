/** The emulator's FetchXML engine: `?fetchXml=` queries run against the in-memory store, without HTTP. */
export { runFetchXml, type FetchXmlOptions, type FetchXmlResult } from './runFetchXml';
export { ANNOTATION } from './annotations';
export { FETCH_ERROR_CODE, fetchFault } from './fetchFaults';
export { readPagingCookie } from './pagingCookie';
export type { ResultRow } from './writeColumn';
