export { interactionScoredPlugin, INTERACTION_SCORED_STEP_ID } from './interactionScoredPlugin';
