/**
 * The record id in an `OData-EntityId` header (`https://…/api/data/v9.2/contacts(00000000-…)`), which is how
 * Dataverse answers a create without `return=representation`
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api#basic-create).
 */
const TRAILING_GUID = /\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)\/?$/i;

export function parseEntityId(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  return TRAILING_GUID.exec(header.trim())?.[1]?.toLowerCase();
}
