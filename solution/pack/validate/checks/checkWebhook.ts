import { STEP_STATE } from '../../../webhook/registrationNames';
import { attributeOf, descendants, textOf } from '../../../xml/XmlNode';
import type { ParsedSolution } from './ParsedSolution';

const guid = (value: string | undefined) => (value ?? '').replace(/[{}]/g, '').toLowerCase();

/**
 * The webhook ships inert and without secrets: every step disabled and pointing at an endpoint in the solution,
 * no endpoint carrying an AuthValue, SASKey or SASToken.
 */
export function checkWebhook({ customizations }: ParsedSolution): string[] {
  const problems: string[] = [];
  const endpoints = descendants(customizations, 'ServiceEndpoint');
  const endpointIds = new Set(endpoints.map((e) => guid(attributeOf(e, 'ServiceEndpointId'))));
  for (const endpoint of endpoints) {
    for (const secret of ['AuthValue', 'SASKey', 'SASToken']) {
      if (descendants(endpoint, secret).length > 0)
        problems.push(
          `service endpoint '${attributeOf(endpoint, 'Name') ?? ''}' carries ${secret}: no secret may ship in the solution`,
        );
    }
  }
  for (const step of descendants(customizations, 'SdkMessageProcessingStep')) {
    const name = attributeOf(step, 'Name') ?? '';
    if (
      textOf(step, 'StateCode') !== String(STEP_STATE.disabled.statecode) ||
      textOf(step, 'StatusCode') !== String(STEP_STATE.disabled.statuscode)
    ) {
      problems.push(
        `step '${name}' must ship disabled (StateCode ${STEP_STATE.disabled.statecode}, StatusCode ${STEP_STATE.disabled.statuscode})`,
      );
    }
    if (!endpointIds.has(guid(textOf(step, 'EventHandler'))))
      problems.push(`step '${name}': its EventHandler is not a service endpoint of the solution`);
  }
  return problems;
}
