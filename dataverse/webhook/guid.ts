const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `text` is a GUID in the hyphenated form Dataverse writes (`6d81597f-0f9f-e711-8122-000d3aa2331c`). */
export function isGuid(text: string): boolean {
  return GUID.test(text);
}
