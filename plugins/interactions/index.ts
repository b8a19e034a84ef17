/** Interaction intake: validate each item, skip what is already written, write the rest in bulk, rescore. */
export { receiveInteractions, type IntakeOutcome, type IntakeServices } from './receiveInteractions';
export { ingestInteractions, INTERACTION_BULK_TABLE } from './ingestInteractions';
export { validateInteraction, type Validated } from './validateInteraction';
export { readIntakeItems } from './readIntakeItems';
export { toInteractionRecord } from './toInteractionRecord';
export { IntakeRequestError } from './errors/IntakeRequestError';
export type { InteractionInput } from './InteractionInput';
export { INTERACTION_INPUT_FIELDS } from './InteractionInput';
export type { IntakeItemResult, IntakeItemStatus, IntakeResult } from './IntakeResult';
export { MAX_INTERACTIONS_PER_CALL, MAX_INTAKE_BYTES } from './limits';
