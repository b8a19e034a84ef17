import { v5 as uuidv5 } from 'uuid';

/**
 * The ids and names of the rows LeadLink's webhook registration owns. The solution ships the endpoint and steps with
 * these ids and `leadlink register` writes the same ones, so after importing the solution `register` updates the
 * shipped rows instead of making twins, and `register --unregister` finds exactly its own rows again.
 */

/** UUID v5 namespace of LeadLink's registration ids (a fixed random UUID; changing it changes every derived id). */
const REGISTRATION_NAMESPACE = 'c1b6f0d2-5e3a-4f7b-9b1e-2d8a47c6e915';

export const ENDPOINT_ID = uuidv5('serviceendpoint:leadlink-webhook', REGISTRATION_NAMESPACE);
export const ENDPOINT_NAME = 'LeadLink webhook';
/** Every step LeadLink registers is named `LeadLink: …`; unregister also matches on it, in case an id changed. */
export const STEP_NAME_PREFIX = 'LeadLink: ';

/** An image's id follows from its step's id and its alias. */
export function imageId(stepId: string, alias: string): string {
  return uuidv5(`image:${stepId.toLowerCase()}:${alias}`, REGISTRATION_NAMESPACE);
}
