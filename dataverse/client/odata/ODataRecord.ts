/** A row as the Web API returns it: column values and `@odata.*` annotations by name. */
export type ODataRecord = Record<string, unknown>;
