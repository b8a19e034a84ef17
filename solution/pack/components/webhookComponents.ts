import { STANDARD_MESSAGES } from '../../../emulator/metadata/standardMessages';
import type { Plugin } from '../../../plugins/Plugin';
import { PackError } from '../../errors/PackError';
import {
  AUTH_TYPE,
  CONTRACT_WEBHOOK,
  EVENT_HANDLER_TYPE_SERVICE_ENDPOINT,
  MESSAGE_FORMAT_JSON,
  STEP_STATE,
  SUPPORTED_DEPLOYMENT_SERVER,
  WEBHOOK_PLUGIN_TYPE,
} from '../../webhook/registrationNames';
import { ENDPOINT_ID, ENDPOINT_NAME } from '../../webhook/webhookIdentity';
import { webhookSteps, type WebhookStep } from '../../webhook/webhookSteps';
import { el, textEl, type XmlElement } from '../../xml/XmlNode';
import { COMPONENT_TYPE, type RootComponent } from '../RootComponent';

/**
 * Where the shipped endpoint points until `leadlink register` sets the function app's URL: a host under `.invalid`,
 * which never resolves (RFC 2606), so nothing could be delivered even if a step were enabled.
 */
export const PLACEHOLDER_URL = 'https://leadlink-function-app.invalid/api/webhooks/dataverse';
const INTRODUCED_VERSION = '1.0';

export interface WebhookComponents {
  readonly steps: readonly XmlElement[];
  readonly endpoints: readonly XmlElement[];
  readonly rootComponents: readonly RootComponent[];
}

/**
 * The webhook endpoint (contract 8) and one SdkMessageProcessingStep per registry entry, with the ids
 * `leadlink register` uses, in the form of an unpacked export (the public CSE-Neutrino/dataverse-serviceendpoint-sample
 * repository, deployment/solutions/RegisterServiceEndpointsSolution/): steps ship disabled
 * (StateCode 1, StatusCode 2) and the endpoint carries no AuthValue — the 9.0 schema has no such element, and the
 * key must not travel in a file. `leadlink register` sets the URL and the key and enables the steps.
 */
export function webhookComponents(plugins: readonly Plugin[]): WebhookComponents {
  // A step names its message by id only; a message whose id no public source gives (QualifyLead) is not shipped in
  // the solution: `leadlink register` looks the message up by name in the environment and registers that step.
  const steps = webhookSteps(plugins).filter((step) => documentedMessage(step) !== undefined);
  return {
    steps: steps.map(stepNode),
    endpoints: [endpointNode()],
    rootComponents: [
      ...steps.map((s): RootComponent => ({
        type: COMPONENT_TYPE.sdkMessageProcessingStep,
        id: `{${s.id}}`,
        behavior: 0,
      })),
      { type: COMPONENT_TYPE.serviceEndpoint, id: `{${ENDPOINT_ID}}`, behavior: 0 },
    ],
  };
}

function documentedMessage(step: WebhookStep): string | undefined {
  return STANDARD_MESSAGES.find((m) => m.name === step.message && m.idSource === 'documented')?.id;
}

/** Steps name their message by id; Create, Update and Delete have the same id in every environment. */
function messageId(step: WebhookStep): string {
  const id = documentedMessage(step);
  if (id === undefined)
    throw new PackError(`No documented sdkmessageid for ${step.message} (plug-in '${step.plugin}').`);
  return id;
}

/** In the element order of CustomizationsSolution.xsd's sdkmessageprocessingsteptype, StateCode/StatusCode beside IsHidden as exports place them. */
function stepNode(step: WebhookStep): XmlElement {
  return el(
    'SdkMessageProcessingStep',
    { Name: step.name, SdkMessageProcessingStepId: `{${step.id}}` },
    textEl('PluginTypeName', WEBHOOK_PLUGIN_TYPE.name),
    textEl('PluginTypeId', WEBHOOK_PLUGIN_TYPE.id),
    textEl('PrimaryEntity', step.table),
    textEl('AsyncAutoDelete', step.mode === 1 ? 1 : 0),
    textEl('Description', step.description),
    textEl('FilteringAttributes', step.filteringAttributes.join(',')),
    textEl('InvocationSource', 1),
    textEl('Mode', step.mode),
    textEl('Rank', 1),
    textEl('SdkMessageId', messageId(step)),
    textEl('EventHandler', `{${ENDPOINT_ID}}`),
    textEl('EventHandlerTypeCode', EVENT_HANDLER_TYPE_SERVICE_ENDPOINT),
    textEl('Stage', step.stage),
    textEl('IsCustomizable', 1),
    textEl('IsHidden', 0),
    textEl('StateCode', STEP_STATE.disabled.statecode),
    textEl('StatusCode', STEP_STATE.disabled.statuscode),
    textEl('SupportedDeployment', SUPPORTED_DEPLOYMENT_SERVER),
    textEl('IntroducedVersion', INTRODUCED_VERSION),
    el(
      'SdkMessageProcessingStepImages',
      {},
      step.images.map((image) =>
        el(
          'SdkMessageProcessingStepImage',
          { Name: image.alias },
          textEl('SdkMessageProcessingStepImageId', `{${image.id}}`),
          textEl('Attributes', image.attributes.join(',')),
          textEl('EntityAlias', image.alias),
          textEl('ImageType', image.type),
          textEl('MessagePropertyName', image.messagePropertyName),
          textEl('IsCustomizable', 1),
          textEl('IntroducedVersion', INTRODUCED_VERSION),
        ),
      ),
    ),
  );
}

function endpointNode(): XmlElement {
  return el(
    'ServiceEndpoint',
    { ServiceEndpointId: `{${ENDPOINT_ID}}`, Name: ENDPOINT_NAME },
    textEl('ConnectionMode', 1),
    textEl('Contract', CONTRACT_WEBHOOK),
    textEl(
      'Description',
      "Sends Dataverse events to the LeadLink function app. Run 'leadlink register' to set its URL and key.",
    ),
    textEl('Path', ''),
    textEl('SolutionNamespace', ''),
    textEl('UserClaim', 1),
    textEl('IsCustomizable', 1),
    textEl('AuthType', AUTH_TYPE.webhookKey),
    textEl('MessageFormat', MESSAGE_FORMAT_JSON),
    textEl('NamespaceFormat', 1),
    textEl('Url', PLACEHOLDER_URL),
  );
}
