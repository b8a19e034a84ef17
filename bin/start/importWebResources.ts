import type { DataverseClient } from '../../dataverse';
import { encodeWebResourceContent, readWebResource, WEB_RESOURCE_SPECS } from '../../plugins/scoringModel';
import { WEB_RESOURCE } from '../../schema/names';

/**
 * Creates LeadLink's shipped web resources (the default scoring model) in an environment that lacks them, with the
 * ids the solution uses — what importing the solution does. Existing ones are left as they are.
 */
export async function importWebResources(client: DataverseClient): Promise<void> {
  for (const spec of WEB_RESOURCE_SPECS) {
    if (await readWebResource(client, spec.name)) continue;
    await client.create(WEB_RESOURCE.set, {
      [WEB_RESOURCE.id]: spec.id,
      [WEB_RESOURCE.name]: spec.name,
      [WEB_RESOURCE.displayName]: spec.displayName,
      [WEB_RESOURCE.description]: spec.description,
      [WEB_RESOURCE.type]: spec.type,
      [WEB_RESOURCE.content]: encodeWebResourceContent(spec.content),
    });
  }
}
