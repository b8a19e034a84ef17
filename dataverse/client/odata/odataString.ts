/**
 * An OData string literal: single quotes around, a single quote inside doubled (`O'Bryan` → `'O''Bryan'`)
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#manage-single-quotes).
 * The result is raw filter text; the query builder URL-encodes it once when it builds the URL.
 */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
