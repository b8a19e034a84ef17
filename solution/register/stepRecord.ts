import type { ODataRecord } from '../../dataverse';
import { MODE } from '../../plugins/types';
import {
  SDK_MESSAGE,
  SDK_MESSAGE_FILTER,
  SERVICE_ENDPOINT,
  STEP,
  SUPPORTED_DEPLOYMENT_SERVER,
} from '../webhook/registrationNames';
import type { WebhookStep } from '../webhook/webhookSteps';
import type { MessageFilter } from './resolveMessageFilters';

/** Every step runs first in its stage among LeadLink's (rank orders steps of one event and stage). */
export const STEP_RANK = 1;

/** The step's own columns, compared with what is registered. */
export function stepColumns(step: WebhookStep): ODataRecord {
  return {
    [STEP.name]: step.name,
    [STEP.description]: step.description,
    [STEP.stage]: step.stage,
    [STEP.mode]: step.mode,
    [STEP.rank]: STEP_RANK,
    [STEP.filteringAttributes]: step.filteringAttributes.length > 0 ? step.filteringAttributes.join(',') : null,
    // Delete the system job of an asynchronous step once it succeeds; only asynchronous steps have one.
    [STEP.asyncAutoDelete]: step.mode === MODE.asynchronous,
    [STEP.supportedDeployment]: SUPPORTED_DEPLOYMENT_SERVER,
  };
}

/** The lookups a step binds: its endpoint, message and message filter, as `@odata.bind` members. */
export function stepBinds(endpointId: string, filter: MessageFilter): ODataRecord {
  return {
    [`${STEP.endpointNav}@odata.bind`]: `/${SERVICE_ENDPOINT.set}(${endpointId})`,
    [`${STEP.messageNav}@odata.bind`]: `/${SDK_MESSAGE.set}(${filter.messageId})`,
    [`${STEP.filterNav}@odata.bind`]: `/${SDK_MESSAGE_FILTER.set}(${filter.filterId})`,
  };
}
