/**
 * A row as the Web API returns it: numbers for choices, booleans, strings (dates as ISO-8601 UTC), and lookups as
 * `_<lookup>_value` GUIDs. The engine reads only the columns it names, and treats a missing one as null.
 */
export type WebApiRecord = Readonly<Record<string, unknown>>;
