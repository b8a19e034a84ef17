import { LEAD, OPPORTUNITY } from '../../schema/names';
import { IMAGE_TYPE, MODE, STAGE, type StepRegistration } from '../types';

/** The lead Update step's post image; its own alias, so it is never mistaken for another step's image. */
export const QUALIFIED_POST_IMAGE = 'QualifiedPostImage';

/** The QualifyLead step: what "Qualify" in an app runs (the QualifyLead action, QualifyLeadRequest). */
export const QUALIFY_LEAD_STEP_ID = '0b7f9f0e-3c51-4a8e-9d35-6a0c1e2b4f05';

/**
 * Three ways to hear that a lead was qualified, each re-reading the lead before acting:
 * - QualifyLead on lead, the primary signal: "Qualify" in an app runs the QualifyLead action; its payload carries
 *   `LeadId`, no Target (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.qualifyleadrequest);
 * - lead Update filtered to statecode, with a post image of the parent contact (so a lead without one costs no
 *   request): a qualification written as an Update of statecode, and — if the platform raises one — QualifyLead's own
 *   state change, which no Microsoft document confirms;
 * - opportunity Create: the opportunity QualifyLead creates carries originatingleadid.
 * All three may fire for one qualification: the first clears the flag, the others find nothing to do.
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
  {
    message: 'QualifyLead',
    table: LEAD.table,
    stage: STAGE.postOperation,
    mode: MODE.asynchronous,
    filteringAttributes: [],
    images: [],
    stepId: QUALIFY_LEAD_STEP_ID,
  },
];
