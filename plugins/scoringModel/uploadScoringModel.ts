/**
 * Uploads a scoring model the way an admin should change one: checked first — a model with a problem is refused with
 * every problem and nothing is written — then written into a web resource (created, or its content updated),
 * published, and named by leadlink_ScoringModelWebResource. Nothing checks a web resource saved in the maker portal;
 * this is where "validated on save" holds, and the function app checks again when it reads (ScoringModelReader).
 */
import type { DataverseClient } from '../../dataverse';
import { ENV_VARS } from '../../schema/environmentVariables';
import { WEB_RESOURCE, WEB_RESOURCE_TYPE } from '../../schema/names';
import { parseScoringModel, ScoringModelError, type ScoringModel } from '../scoring';
import { DataverseEnvironmentSettings } from '../settings/DataverseEnvironmentSettings';
import { setEnvironmentVariableValue } from '../settings/setEnvironmentVariableValue';
import { publishWebResource } from './publishWebResource';
import { readWebResource } from './readWebResource';
import { encodeWebResourceContent } from './webResourceContent';
import { webResourceNameProblem } from './webResourceName';
import { TEXT_WEB_RESOURCE_TYPES } from './webResourceSpecs';

/** Where `leadlink model upload` puts a model unless told otherwise. */
export const DEFAULT_UPLOAD_NAME = 'leadlink_/scoring/model.json';

export class ModelUploadError extends Error {
  override name = 'ModelUploadError';
}

export interface UploadOptions {
  /** The web resource to write (default DEFAULT_UPLOAD_NAME). */
  readonly name?: string;
  /** Check and report what would change; write nothing. */
  readonly dryRun?: boolean;
  /** The file the model came from, to name it in errors. */
  readonly source?: string;
}

export interface UploadReport {
  readonly name: string;
  readonly model: ScoringModel;
  readonly webResource: 'created' | 'updated' | 'unchanged';
  readonly published: boolean;
  readonly variable: 'set' | 'unchanged';
  /** leadlink_ScoringModel has a value, which is used instead of any web resource until it is cleared. */
  readonly inlineOverride: boolean;
  readonly dryRun: boolean;
}

export async function uploadScoringModel(
  client: DataverseClient,
  text: string,
  options: UploadOptions = {},
): Promise<UploadReport> {
  const name = options.name ?? DEFAULT_UPLOAD_NAME;
  let model: ScoringModel;
  try {
    model = parseScoringModel(text);
  } catch (error) {
    if (error instanceof ScoringModelError && options.source !== undefined) throw error.from(options.source);
    throw error;
  }
  const nameProblem = webResourceNameProblem(name);
  if (nameProblem) throw new ModelUploadError(`${nameProblem}. Nothing was uploaded.`);

  // A fresh read (no cache): the upload decides on what the environment holds now.
  const settings = new DataverseEnvironmentSettings(client, Date.now, 0);
  if (!(await settings.defined(ENV_VARS.scoringModelWebResource))) {
    throw new ModelUploadError(
      `${ENV_VARS.scoringModelWebResource} is not in this environment: import the LeadLink solution first. Nothing was uploaded.`,
    );
  }
  const existing = await readWebResource(client, name);
  if (existing?.type != null && !TEXT_WEB_RESOURCE_TYPES.has(existing.type)) {
    throw new ModelUploadError(
      `The web resource '${name}' is not a text web resource (webresourcetype ${existing.type}); choose another name. Nothing was uploaded.`,
    );
  }
  const webResource = existing === undefined ? 'created' : existing.text === text ? 'unchanged' : 'updated';
  const variable = (await settings.text(ENV_VARS.scoringModelWebResource)) === name ? 'unchanged' : 'set';
  const inlineOverride = ((await settings.value(ENV_VARS.scoringModel)) ?? '').trim() !== '';
  const report = { name, model, webResource, variable, inlineOverride } as const;
  if (options.dryRun) return { ...report, published: false, dryRun: true };

  const content = encodeWebResourceContent(text);
  let id = existing?.id;
  if (id === undefined) {
    id = await client.create(WEB_RESOURCE.set, {
      [WEB_RESOURCE.name]: name,
      [WEB_RESOURCE.displayName]: 'LeadLink scoring model',
      [WEB_RESOURCE.description]: 'A LeadLink lead scoring model (JSON), uploaded with leadlink model upload.',
      [WEB_RESOURCE.type]: WEB_RESOURCE_TYPE.script,
      [WEB_RESOURCE.content]: content,
    });
  } else if (webResource === 'updated') {
    await client.update(WEB_RESOURCE.set, id, { [WEB_RESOURCE.content]: content });
  }
  if (webResource !== 'unchanged') await publishWebResource(client, id);
  if (variable === 'set') await setEnvironmentVariableValue(client, ENV_VARS.scoringModelWebResource, name);
  return { ...report, published: webResource !== 'unchanged', dryRun: false };
}
