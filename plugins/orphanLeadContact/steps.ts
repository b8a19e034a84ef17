import { LEAD } from '../../schema/names';
import { IMAGE_TYPE, MODE, STAGE, type StepRegistration } from '../types';

/** The alias of the post image the Update step registers (the conventional name in Microsoft's samples). */
export const POST_IMAGE = 'PostImage';

/**
 * Lead Create, and lead Update when the parent contact or the e-mail changes; post-operation, asynchronous. The
 * Update step's post image carries the three columns that decide whether there is anything to do, so a linked or
 * closed lead costs no Dataverse request at all — including the Update our own link write raises.
 */
export const ORPHAN_LEAD_CONTACT_STEPS: readonly StepRegistration[] = [
  {
    message: 'Create',
    table: LEAD.table,
    stage: STAGE.postOperation,
    mode: MODE.asynchronous,
    filteringAttributes: [],
    images: [],
    stepId: '0b7f9f0e-3c51-4a8e-9d35-6a0c1e2b4f01',
  },
  {
    message: 'Update',
    table: LEAD.table,
    stage: STAGE.postOperation,
    mode: MODE.asynchronous,
    filteringAttributes: [LEAD.parentContact, LEAD.email],
    images: [
      {
        alias: POST_IMAGE,
        type: IMAGE_TYPE.post,
        attributes: [LEAD.parentContact, LEAD.email, LEAD.state],
        messagePropertyName: 'Target',
      },
    ],
    stepId: '0b7f9f0e-3c51-4a8e-9d35-6a0c1e2b4f02',
  },
];
