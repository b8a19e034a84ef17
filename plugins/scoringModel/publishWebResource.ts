import type { DataverseClient } from '../../dataverse';
import { PUBLISH } from '../../schema/names';

/**
 * Publishes one web resource, so reads return its new content: PublishXml with a ParameterXml listing it
 * (https://learn.microsoft.com/power-apps/developer/model-driven-apps/publish-request-schema).
 */
export async function publishWebResource(client: DataverseClient, id: string): Promise<void> {
  const parameterXml = `<importexportxml><webresources><webresource>{${id}}</webresource></webresources></importexportxml>`;
  await client.executeAction(PUBLISH.xml, { [PUBLISH.parameter]: parameterXml });
}
