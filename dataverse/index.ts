// The public surface of dataverse/: the Web API client, its errors, configuration and token providers.
export { DataverseClient, type DataverseClientOptions } from './client/DataverseClient';
export type {
  CallOptions,
  DataverseRequest,
  DataverseResponse,
  HttpMethod,
  Transport,
} from './client/http/DataverseRequest';
export { DEFAULT_CONCURRENCY, DataverseTransport, type TransportOptions } from './client/http/DataverseTransport';
export type { DataverseLogEntry, DataverseLogger } from './client/http/DataverseLogEntry';
export { LONG_GET_URL_LENGTH, MAX_BATCH_URL_LENGTH, MAX_GET_URL_LENGTH } from './client/http/longGet';
export type { RequestEvent, RequestObserver, ResponseEvent } from './client/http/RequestObserver';
export { RequestCounter } from './client/http/RequestCounter';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './client/http/retryTiming';
export type { BatchChangeSet, BatchItem, BatchOperation, BatchOptions, BatchResult } from './client/batch/BatchTypes';
export type { ExpandOption, QueryOptions } from './client/odata/buildQuery';
export type { RecordKey } from './client/odata/entityPath';
export { RawLiteral, type FunctionParameterValue } from './client/odata/functionParameters';
export { chunkForIn, type InChunkLimits } from './client/odata/chunkForIn';
export { inFilter, notInFilter, type InValue } from './client/odata/inFilter';
export type { ODataRecord } from './client/odata/ODataRecord';
export { odataString } from './client/odata/odataString';
export type { BoundTo } from './client/operations/actions';
export type { CreateAndReturnOptions } from './client/operations/create';
export type { DeleteOptions } from './client/operations/deleteRecord';
export type { FetchXmlOptions } from './client/operations/fetchXml';
export type { PagedQueryOptions, QueryPage } from './client/operations/query';
export type { RetrieveOptions } from './client/operations/retrieve';
export type { UpdateOptions } from './client/operations/update';
export type { UpsertMode, UpsertOptions } from './client/operations/upsert';
export { AuthenticationError } from './errors/AuthenticationError';
export { ConcurrencyError } from './errors/ConcurrencyError';
export { ConfigurationError } from './errors/ConfigurationError';
export { DataverseConnectionError } from './errors/DataverseConnectionError';
export { DataverseError } from './errors/DataverseError';
export { DuplicateRecordError } from './errors/DuplicateRecordError';
export { DATAVERSE_ERROR_CODE } from './errors/errorCodes';
export { ThrottledError } from './errors/ThrottledError';
export { isTransientError } from './errors/isTransientError';
export { toDataverseError } from './errors/toDataverseError';
export type { ClientCertificate, DataverseConfig, DataverseCredentials } from './config/DataverseConfig';
export { loadDataverseConfig, type Environment } from './config/loadDataverseConfig';
export { Secret } from './config/Secret';
export { createTokenProvider } from './auth/createTokenProvider';
export type { MsalOverrides } from './auth/MsalOverrides';
export type { TokenProvider } from './auth/TokenProvider';
