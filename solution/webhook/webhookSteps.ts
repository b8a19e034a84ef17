import type { Plugin } from '../../plugins/Plugin';
import { IMAGE_TYPE, MODE, STAGE, type StepImage, type StepRegistration } from '../../plugins/types';
import { StepDeclarationError } from '../errors/StepDeclarationError';
import { imageId, STEP_NAME_PREFIX } from './webhookIdentity';

/** One image of a webhook step, as both the solution and `leadlink register` write it. */
export interface WebhookImage {
  readonly id: string;
  readonly alias: string;
  readonly type: StepImage['type'];
  readonly messagePropertyName: StepImage['messagePropertyName'];
  /** Lower case, sorted, unique; empty = all columns. */
  readonly attributes: readonly string[];
}

/** One webhook step, derived from a registry entry: the single description the solution and `register` share. */
export interface WebhookStep {
  /** Lower-case GUID, the registry's stepId. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly plugin: string;
  readonly message: StepRegistration['message'];
  readonly table: string;
  readonly stage: StepRegistration['stage'];
  readonly mode: StepRegistration['mode'];
  /** Lower case, sorted, unique; empty = any column. */
  readonly filteringAttributes: readonly string[];
  readonly images: readonly WebhookImage[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOGICAL_NAME = /^[a-z][a-z0-9_]*$/;
/** sdkmessageprocessingstep.name and .description hold at most 256 characters. */
const MAX_NAME = 256;

/**
 * Image property by message: Create posts an `Id` image, Update and Delete take theirs from `Target`. A message
 * without one (QualifyLead carries LeadId, no Target) takes no image.
 */
const IMAGE_PROPERTY: Readonly<Partial<Record<StepRegistration['message'], StepImage['messagePropertyName']>>> = {
  Create: 'Id',
  Update: 'Target',
  Delete: 'Target',
};

/**
 * The webhook steps of every plug-in, checked for what Dataverse would refuse (asynchronous steps outside
 * post-operation, a pre image on Create, a post image on Delete, filtering attributes on anything but Update) and
 * for clashes (two steps with one id, two images with one alias).
 * Rules: "Event execution pipeline" and "Register a plug-in",
 * https://learn.microsoft.com/power-apps/developer/data-platform/event-framework and
 * https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#add-step-images .
 */
export function webhookSteps(plugins: readonly Plugin[]): WebhookStep[] {
  const seen = new Map<string, string>();
  const out: WebhookStep[] = [];
  for (const plugin of plugins) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(plugin.name)) {
      throw new StepDeclarationError(plugin.name, 'the name must be kebab-case (lower-case letters, digits, dashes)');
    }
    for (const step of plugin.steps) {
      const webhookStep = toWebhookStep(plugin, step);
      const clash = seen.get(webhookStep.id);
      if (clash !== undefined) {
        throw new StepDeclarationError(plugin.name, `stepId ${webhookStep.id} is already used by a step of '${clash}'`);
      }
      seen.set(webhookStep.id, plugin.name);
      out.push(webhookStep);
    }
  }
  return out;
}

function toWebhookStep(plugin: Plugin, step: StepRegistration): WebhookStep {
  const fail = (problem: string): never => {
    throw new StepDeclarationError(plugin.name, `${step.message} of ${step.table}: ${problem}`);
  };
  if (!GUID.test(step.stepId)) fail(`stepId '${step.stepId}' is not a GUID`);
  // The webhook picks the plug-in by the step id Dataverse sends (OwningExtension), which is lower case.
  if (step.stepId !== step.stepId.toLowerCase()) fail(`stepId '${step.stepId}' must be written in lower case`);
  if (!LOGICAL_NAME.test(step.table)) fail(`'${step.table}' is not a table logical name`);
  if (!Object.values(STAGE).includes(step.stage)) fail(`stage ${String(step.stage)} is not a step stage`);
  if (step.mode === MODE.asynchronous && step.stage !== STAGE.postOperation) {
    fail('asynchronous steps can only be registered at post-operation (stage 40)');
  }
  if (step.message !== 'Update' && step.filteringAttributes.length > 0) {
    fail('filtering attributes apply to Update steps only');
  }
  const filteringAttributes = columnList(step.filteringAttributes, 'filtering attribute', fail);
  const aliases = new Set<string>();
  const images = step.images.map((image): WebhookImage => {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(image.alias))
      fail(`image alias '${image.alias}' must be letters, digits and _`);
    if (aliases.has(image.alias)) fail(`two images have the alias '${image.alias}'`);
    aliases.add(image.alias);
    if (step.message === 'Create' && image.type !== IMAGE_TYPE.post) fail('a Create step can only have a post image');
    if (step.message === 'Delete' && image.type !== IMAGE_TYPE.pre) fail('a Delete step can only have a pre image');
    const property = IMAGE_PROPERTY[step.message];
    if (property === undefined) fail(`a ${step.message} step takes no images`);
    if (image.messagePropertyName !== property) {
      fail(`image '${image.alias}' must take messagePropertyName '${property}' for ${step.message}`);
    }
    return {
      id: imageId(step.stepId, image.alias),
      alias: image.alias,
      type: image.type,
      messagePropertyName: image.messagePropertyName,
      attributes: columnList(image.attributes, `column of image '${image.alias}'`, fail),
    };
  });
  const name = `${STEP_NAME_PREFIX}${plugin.name}: ${step.message} of ${step.table}`;
  if (name.length > MAX_NAME) fail(`the step name '${name}' is longer than ${MAX_NAME} characters`);
  return {
    id: step.stepId,
    name,
    description: plugin.description.slice(0, MAX_NAME),
    plugin: plugin.name,
    message: step.message,
    table: step.table,
    stage: step.stage,
    mode: step.mode,
    filteringAttributes,
    images,
  };
}

function columnList(columns: readonly string[], what: string, fail: (problem: string) => never): string[] {
  for (const column of columns)
    if (!LOGICAL_NAME.test(column)) fail(`${what} '${column}' is not a column logical name`);
  return [...new Set(columns)].sort();
}
