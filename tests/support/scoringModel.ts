/**
 * Test support: puts a model text where LeadLink reads it, as an admin editing the web resource in the maker portal
 * would — saved and published, with no check (so tests can store a model LeadLink must refuse) — after importing the
 * solution's web resources and environment variables into the environment when they are not there yet.
 */
import type { DataverseClient } from '../../dataverse';
import { importEnvironmentVariables } from '../../bin/start/importEnvironmentVariables';
import { importWebResources } from '../../bin/start/importWebResources';
import {
  DEFAULT_UPLOAD_NAME,
  encodeWebResourceContent,
  publishWebResource,
  readWebResource,
} from '../../plugins/scoringModel';
import { setEnvironmentVariableValue } from '../../plugins/settings/setEnvironmentVariableValue';
import { ENV_VARS } from '../../schema/environmentVariables';
import { WEB_RESOURCE, WEB_RESOURCE_TYPE } from '../../schema/names';

export async function storeModelText(
  client: DataverseClient,
  text: string,
  name: string = DEFAULT_UPLOAD_NAME,
): Promise<void> {
  await importWebResources(client);
  await importEnvironmentVariables(client);
  const content = encodeWebResourceContent(text);
  const existing = await readWebResource(client, name);
  const id =
    existing?.id ??
    (await client.create(WEB_RESOURCE.set, {
      [WEB_RESOURCE.name]: name,
      [WEB_RESOURCE.type]: WEB_RESOURCE_TYPE.script,
      [WEB_RESOURCE.content]: content,
    }));
  if (existing) {
    await client.update(WEB_RESOURCE.set, id, { [WEB_RESOURCE.content]: content });
    await publishWebResource(client, id);
  }
  await setEnvironmentVariableValue(client, ENV_VARS.scoringModelWebResource, name);
}
