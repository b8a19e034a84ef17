import type { ODataRecord } from '../../dataverse';
import { STEP, STEP_IMAGE } from '../webhook/registrationNames';
import type { WebhookImage } from '../webhook/webhookSteps';

/** The image's columns as written; `attributes` empty means every column, which Dataverse stores as null. */
export function imageColumns(image: WebhookImage): ODataRecord {
  return {
    [STEP_IMAGE.name]: image.alias,
    [STEP_IMAGE.entityAlias]: image.alias,
    [STEP_IMAGE.imageType]: image.type,
    [STEP_IMAGE.messagePropertyName]: image.messagePropertyName,
    [STEP_IMAGE.attributes]: image.attributes.length > 0 ? image.attributes.join(',') : null,
  };
}

export function imageCreateBody(image: WebhookImage, stepId: string): ODataRecord {
  return { ...imageColumns(image), [`${STEP_IMAGE.stepNav}@odata.bind`]: `/${STEP.set}(${stepId})` };
}
