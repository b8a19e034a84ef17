const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return GUID.test(text);
}

/** GUIDs are case-insensitive; the emulator keeps them lower case. Braces are accepted, as Dataverse does. */
export function normalizeGuid(text: string): string | undefined {
  const bare = text.replace(/^\{(.*)\}$/, '$1');
  return isGuid(bare) ? bare.toLowerCase() : undefined;
}
