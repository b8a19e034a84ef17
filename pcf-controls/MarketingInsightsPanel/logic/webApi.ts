/**
 * The slice of `context.webAPI` the panel uses. `context.webAPI` satisfies it; tests and the preview page supply their
 * own. Entity names are logical names (`lead`, not `leads`), as in Xrm.WebApi.
 */
export type WebApiRow = Readonly<Record<string, unknown>>;

export interface InsightsWebApi {
  retrieveMultipleRecords(
    entityType: string,
    options?: string,
    maxPageSize?: number,
  ): Promise<{ readonly entities: readonly WebApiRow[] }>;
  retrieveRecord(entityType: string, id: string, options?: string): Promise<WebApiRow>;
}
