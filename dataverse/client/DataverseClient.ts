/**
 * The Dataverse Web API client: one transport (token, concurrency cap, shared 429 pause, retries) and the
 * operations on it. Every method takes optional per-call overrides (`timeBudgetMs`, `maxAttempts`, `signal`).
 */
import { createTokenProvider } from '../auth/createTokenProvider';
import type { MsalOverrides } from '../auth/MsalOverrides';
import type { TokenProvider } from '../auth/TokenProvider';
import type { DataverseConfig } from '../config/DataverseConfig';
import type { BatchItem, BatchOptions, BatchResult } from './batch/BatchTypes';
import { executeBatch } from './batch/executeBatch';
import type { CallOptions, DataverseRequest, DataverseResponse } from './http/DataverseRequest';
import { DataverseTransport, type TransportOptions } from './http/DataverseTransport';
import type { RecordKey } from './odata/entityPath';
import type { FunctionParameterValue } from './odata/functionParameters';
import type { ODataRecord } from './odata/ODataRecord';
import { type BoundTo, executeAction, executeFunction } from './operations/actions';
import { createMultiple, updateMultiple } from './operations/bulk';
import { create, createAndReturn, type CreateAndReturnOptions } from './operations/create';
import { deleteRecord, type DeleteOptions } from './operations/deleteRecord';
import { fetchXmlPages, fetchXmlRows, type FetchXmlOptions } from './operations/fetchXml';
import { type PagedQueryOptions, queryPages, type QueryPage, queryRows } from './operations/query';
import { retrieve, type RetrieveOptions } from './operations/retrieve';
import { update, type UpdateOptions } from './operations/update';
import { upsert, type UpsertOptions } from './operations/upsert';

export type DataverseClientOptions = TransportOptions;

export class DataverseClient {
  readonly #transport: DataverseTransport;

  constructor(options: DataverseClientOptions) {
    this.#transport = new DataverseTransport(options);
  }

  /** A client for a loaded configuration, with the token provider it calls for. */
  static fromConfig(
    config: DataverseConfig,
    options: Omit<DataverseClientOptions, 'url' | 'tokenProvider'> & { readonly msal?: MsalOverrides } = {},
  ): DataverseClient {
    const { msal, ...rest } = options;
    const tokenProvider: TokenProvider = createTokenProvider(config, msal);
    return new DataverseClient({ ...rest, url: config.url, tokenProvider });
  }

  /** `<environment url>/api/data/v9.2/`. */
  get apiBaseUrl(): string {
    return this.#transport.apiBaseUrl;
  }

  retrieve<T extends ODataRecord = ODataRecord>(
    entitySet: string,
    key: RecordKey,
    options?: RetrieveOptions,
    call?: CallOptions,
  ): Promise<T> {
    return retrieve<T>(this.#transport, entitySet, key, options, call);
  }

  queryPages<T extends ODataRecord = ODataRecord>(
    entitySet: string,
    options?: PagedQueryOptions,
    call?: CallOptions,
  ): AsyncGenerator<QueryPage<T>, void, undefined> {
    return queryPages<T>(this.#transport, entitySet, options, call);
  }

  queryRows<T extends ODataRecord = ODataRecord>(
    entitySet: string,
    options?: PagedQueryOptions,
    call?: CallOptions,
  ): AsyncGenerator<T, void, undefined> {
    return queryRows<T>(this.#transport, entitySet, options, call);
  }

  /** Every row of a query in one array: for result sets known to be small. */
  async queryAll<T extends ODataRecord = ODataRecord>(
    entitySet: string,
    options?: PagedQueryOptions,
    call?: CallOptions,
  ): Promise<T[]> {
    const rows: T[] = [];
    for await (const row of queryRows<T>(this.#transport, entitySet, options, call)) rows.push(row);
    return rows;
  }

  fetchXmlPages<T extends ODataRecord = ODataRecord>(
    entitySet: string,
    fetchXml: string,
    options?: FetchXmlOptions,
    call?: CallOptions,
  ): AsyncGenerator<QueryPage<T>, void, undefined> {
    return fetchXmlPages<T>(this.#transport, entitySet, fetchXml, options, call);
  }

  fetchXmlRows<T extends ODataRecord = ODataRecord>(
    entitySet: string,
    fetchXml: string,
    options?: FetchXmlOptions,
    call?: CallOptions,
  ): AsyncGenerator<T, void, undefined> {
    return fetchXmlRows<T>(this.#transport, entitySet, fetchXml, options, call);
  }

  /** Creates a record; returns its id. */
  create(entitySet: string, record: ODataRecord, call?: CallOptions): Promise<string> {
    return create(this.#transport, entitySet, record, call);
  }

  /** Creates a record; returns it as stored. */
  createAndReturn<T extends ODataRecord = ODataRecord>(
    entitySet: string,
    record: ODataRecord,
    options?: CreateAndReturnOptions,
    call?: CallOptions,
  ): Promise<T> {
    return createAndReturn<T>(this.#transport, entitySet, record, options, call);
  }

  /** Updates an existing record; never creates one. */
  update(
    entitySet: string,
    key: RecordKey,
    changes: ODataRecord,
    options?: UpdateOptions,
    call?: CallOptions,
  ): Promise<void> {
    return update(this.#transport, entitySet, key, changes, options, call);
  }

  upsert(
    entitySet: string,
    key: RecordKey,
    record: ODataRecord,
    options?: UpsertOptions,
    call?: CallOptions,
  ): Promise<string | undefined> {
    return upsert(this.#transport, entitySet, key, record, options, call);
  }

  delete(entitySet: string, key: RecordKey, options?: DeleteOptions, call?: CallOptions): Promise<void> {
    return deleteRecord(this.#transport, entitySet, key, options, call);
  }

  batch(items: readonly BatchItem[], options?: BatchOptions, call?: CallOptions): Promise<BatchResult[]> {
    return executeBatch(this.#transport, items, options, call);
  }

  createMultiple(
    entitySet: string,
    logicalName: string,
    records: readonly ODataRecord[],
    call?: CallOptions,
  ): Promise<string[]> {
    return createMultiple(this.#transport, entitySet, logicalName, records, call);
  }

  updateMultiple(
    entitySet: string,
    logicalName: string,
    records: readonly ODataRecord[],
    call?: CallOptions,
  ): Promise<void> {
    return updateMultiple(this.#transport, entitySet, logicalName, records, call);
  }

  executeAction<T = unknown>(
    name: string,
    parameters?: Readonly<Record<string, unknown>>,
    bound?: BoundTo,
    call?: CallOptions,
  ): Promise<T | undefined> {
    return executeAction<T>(this.#transport, name, parameters, bound, call);
  }

  executeFunction<T = unknown>(
    name: string,
    parameters?: Readonly<Record<string, FunctionParameterValue>>,
    bound?: BoundTo,
    call?: CallOptions,
  ): Promise<T | undefined> {
    return executeFunction<T>(this.#transport, name, parameters, bound, call);
  }

  /** Any other Web API request, with the same token, cap, pause and retries. */
  request(request: DataverseRequest, call?: CallOptions): Promise<DataverseResponse> {
    return this.#transport.send(request, call);
  }

  /** Frees kept-alive connections; the client must not be used afterwards. */
  close(): void {
    this.#transport.close();
  }
}
