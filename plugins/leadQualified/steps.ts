import { LEAD, OPPORTUNITY } from '../../schema/names';
import { IMAGE_TYPE, MODE, STAGE, type StepRegistration } from '../types';

/** The lead Update step's post image; its own alias, so it is never mistaken for another step's image. */
export const QUALIFIED_POST_IMAGE = 'QualifiedPostImage';

/**
 * Lead Update filtered to statecode, with a post image of the parent contact (so a lead without one costs no request),
 * and opportunity Create: whether QualifyLead raises the lead Update is not confirmed in Microsoft's docs, but the
 * opportunity it creates is linked to the originating lead (originatingleadid;
 * https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.qualifyleadrequest).
 */
export const LEAD_QUALIFIED_STEPS: readonly StepRegistration[] = [
  {
    message: 'Update',
    table: LEAD.table,
    stage: STAGE.postOperation,
    mode: MODE.asynchronous,
    filteringAttributes: [LEAD.state],
    images: [
      {
        alias: QUALIFIED_POST_IMAGE,
        type: IMAGE_TYPE.post,
        attributes: [LEAD.parentContact, LEAD.state],
        messagePropertyName: 'Target',
      },
    ],
    stepId: '0b7f9f0e-3c51-4a8e-9d35-6a0c1e2b4f03',
  },
  {
    message: 'Create',
    table: OPPORTUNITY.table,
    stage: STAGE.postOperation,
    mode: MODE.asynchronous,
    filteringAttributes: [],
    images: [],
    stepId: '0b7f9f0e-3c51-4a8e-9d35-6a0c1e2b4f04',
  },
];
