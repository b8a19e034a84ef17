/** A lookup's logical name from its Web API property (`_parentcustomerid_value` → `parentcustomerid`), for FetchXML. */
export function logicalName(property: string): string {
  return /^_(.+)_value$/.exec(property)?.[1] ?? property;
}
